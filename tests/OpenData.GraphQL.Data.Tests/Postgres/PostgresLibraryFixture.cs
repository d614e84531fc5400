using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using OpenData.Testing.Environment;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>
/// The same seeded library as <see cref="LibraryFixture"/>, in a throwaway PostgreSQL database (dropped at the end).
/// When no server answers (and OPENDATA_REQUIRE_ALL is off) it makes nothing: its tests are skipped anyway.
/// </summary>
public sealed class PostgresLibraryFixture : IAsyncLifetime, IDisposable
{
    private PostgresTestDatabase? database;
    private LibraryFixture? library;

    public LibraryFixture Library => library ?? throw new InvalidOperationException(PostgresTestServer.AbsentReason() ?? "the fixture did not start");

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.AbsentReason() is not null && !RequireAll.IsOn)
        {
            return;
        }

        database = await PostgresTestServer.CreateDatabaseAsync("library");
        var connectionString = database.ConnectionString;
        library = new LibraryFixture(o => o.UseNpgsql(connectionString));
    }

    public async Task DisposeAsync()
    {
        Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
            database = null;
        }
    }

    public void Dispose()
    {
        library?.Dispose();
        library = null;
    }
}
