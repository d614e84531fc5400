using Npgsql;

namespace OpenData.Testing.Postgres;

/// <summary>A throwaway database made by <see cref="PostgresTestServer.CreateDatabaseAsync"/>; disposing drops it.</summary>
public sealed class PostgresTestDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The test role's connection string with this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresTestServer.ExecuteAsync($"""DROP DATABASE IF EXISTS "{Name}" WITH (FORCE)""").ConfigureAwait(false);
    }
}
