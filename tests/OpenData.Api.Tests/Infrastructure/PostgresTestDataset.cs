using OpenData.Api.Data;
using OpenData.Domain.Build;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The committed seed built once per test run into a throwaway PostgreSQL database (schema opendata), through the same
/// builder and build steps as <c>seed build --provider Postgres</c>; the database is dropped when the test process ends.
/// </summary>
public static class PostgresTestDataset
{
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    /// <summary>The connection string of the built database.</summary>
    public static Task<string> ConnectionStringAsync() => Built.Value;

    private static async Task<string> BuildAsync()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync("api");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var result = await DatasetBuilder.BuildPostgresAsync(RepositoryPaths.Seed, database.ConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The committed seed does not build:\n" + string.Join('\n', result.Problems));
        }

        return database.ConnectionString;
    }
}
