using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// <c>seed build --provider Postgres</c>: the committed seed into a throwaway database, the version and counts in
/// DatasetInfo, the same rows on every build, a failed build leaving the previous dataset, sensible column types,
/// and serving sessions that cannot write.
/// </summary>
public sealed class PostgresBuildTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    private string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.AbsentReason() is null || Testing.Environment.RequireAll.IsOn)
        {
            _database = await PostgresTestServer.CreateDatabaseAsync("build");
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Seed_build_loads_the_seed_with_its_version_and_counts()
    {
        var run = await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--provider", "Postgres", "--connection", ConnectionString);

        Assert.True(run.ExitCode == 0, run.Error);
        var info = PostgresDataset.ReadInfo(ConnectionString)!;
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), info.Version);
        Assert.Contains($"schema opendata: version {info.Version}, ", run.Output, StringComparison.Ordinal);
        Assert.False(info.IsSynthetic);
        var sqlite = DatasetFile.ReadInfo(await TestDataset.PathAsync())!;
        Assert.Equal(sqlite.Version, info.Version);
        Assert.Equal(sqlite.Counts.OrderBy(c => c.Collection, StringComparer.Ordinal).Select(c => (c.Collection, c.Count)), info.Counts.OrderBy(c => c.Collection, StringComparer.Ordinal).Select(c => (c.Collection, c.Count)));
        Assert.Equal(DatasetCollections.All.Count, info.Counts.Count);
    }

    [PostgresFact]
    public async Task A_dataset_without_the_counts_table_is_diagnosed_as_written_by_an_older_build()
    {
        await BuildAsync();
        var options = new DatabaseOptions { Provider = DatabaseOptions.Postgres, ConnectionString = ConnectionString, BuildOnStart = false };
        Assert.Equal(DatasetFault.None, DatasetProbe.Diagnose(options).Fault);

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("""DROP TABLE opendata."DatasetCounts" """, connection);
            await drop.ExecuteNonQueryAsync();
        }

        var diagnosis = DatasetProbe.Diagnose(options);
        Assert.Equal((DatasetFault.SchemaTooOld, "schema_too_old"), (diagnosis.Fault, diagnosis.Code));
        Assert.Contains("sin la tabla DatasetCounts", diagnosis.Message, StringComparison.Ordinal);
        Assert.Contains("reconstrúyelo con `seed build`", diagnosis.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Two_builds_write_the_same_rows_and_leave_no_build_schema()
    {
        await BuildAsync();
        var first = await FingerprintAsync();

        await BuildAsync();

        Assert.Equal(first, await FingerprintAsync());
        Assert.Equal(["opendata", "public"], await SchemasAsync());
    }

    [PostgresFact]
    public async Task Every_table_of_the_built_schema_is_analyzed()
    {
        await BuildAsync();

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // reltuples is -1 for a table that was never analyzed (or vacuumed); ANALYZE sets it, 0 for an empty table.
        await using var command = new NpgsqlCommand(
            "SELECT c.relname, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'opendata' AND c.relkind = 'r' ORDER BY 1",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<(string Name, float Tuples)>();
        while (await reader.ReadAsync())
        {
            tables.Add((reader.GetString(0), reader.GetFloat(1)));
        }

        Assert.Contains(tables, t => t.Name == "FundingRecords");
        Assert.All(tables, t => Assert.True(t.Tuples >= 0, t.Name + " was not analyzed"));
        Assert.Contains(tables, t => t.Name == "FundingRecords" && t.Tuples > 0);
    }

    [PostgresFact]
    public async Task A_failing_build_leaves_the_previous_dataset_and_no_build_schema()
    {
        await BuildAsync();
        var before = await FingerprintAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => DatasetBuilder.BuildPostgresAsync(
            RepositoryPaths.Seed, ConnectionString, b => DatabaseServiceCollectionExtensions.ConfigureModel(b.AddDatasetBuildStep(new FailingStep()))));

        Assert.Equal(before, await FingerprintAsync());
        Assert.Equal(["opendata", "public"], await SchemasAsync());
    }

    [PostgresFact]
    public async Task Columns_map_dates_money_enums_and_text_sensibly()
    {
        await BuildAsync();

        var columns = await ColumnsAsync();

        Assert.Equal(("date", null), columns[("Sources", "PublishedOnStart")]);
        Assert.Equal(("bigint", null), columns[("FundingRecords", "AmountCents")]);
        Assert.Equal(("text", "C"), columns[("FundingRecords", "AmountQualifier")]);
        Assert.Equal(("text", "es"), columns[("Municipalities", "Name")]);
        Assert.Equal(("text", "C"), columns[("Municipalities", "Id")]);
        Assert.Equal(("text", "C"), columns[("Municipalities", "Name_folded")]);
        Assert.Equal(("boolean", null), columns[("Municipalities", "GenderAlert")]);
        Assert.Equal(("timestamp with time zone", null), columns[("DatasetInfo", "BuiltAt")]);
        Assert.Equal(("tsvector", null), columns[("SearchIndex", "document")]);
    }

    [PostgresFact]
    public async Task Serving_sessions_are_read_only()
    {
        await BuildAsync();
        var options = new DbContextOptionsBuilder<OpenDataDbContext>().UseNpgsql(PostgresDataset.ServingConnectionString(ConnectionString));
        DatabaseServiceCollectionExtensions.ConfigureModel(options);
        await using var db = new OpenDataDbContext(options.Options);

        Assert.NotEmpty(await db.Set<Municipality>().Select(m => m.Id).ToListAsync());
        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Municipalities" """));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, error.SqlState);
    }

    [PostgresFact]
    public async Task Serving_with_BuildOnStart_builds_an_empty_database_first_and_reports_it_ready()
    {
        using var factory = new StartingFactory(ConnectionString);
        using var client = factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/readyz", UriKind.Relative));

        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), body.GetProperty("datasetVersion").GetString());
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), PostgresDataset.ReadVersion(ConnectionString));
    }

    private async Task BuildAsync() =>
        Assert.True((await DatasetBuilder.BuildPostgresAsync(RepositoryPaths.Seed, ConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel)).Succeeded);

    /// <summary>Every table's rows (DatasetInfo without its build time), as one digest per table.</summary>
    private async Task<Dictionary<string, string>> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'opendata' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var sql = table == "DatasetInfo"
                ? """SELECT md5(string_agg("Version" || "Content", ',')) FROM opendata."DatasetInfo" t"""
                : $"""SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text COLLATE "C"), '')) FROM opendata."{table}" t""";
            await using var command = new NpgsqlCommand(sql, connection);
            digests[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return digests;
    }

    private async Task<List<string>> SchemasAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<Dictionary<(string Table, string Column), (string Type, string? Collation)>> ColumnsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns WHERE table_schema = 'opendata'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<(string, string), (string, string?)>();
        while (await reader.ReadAsync())
        {
            columns[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return columns;
    }

    /// <summary>The API over an empty PostgreSQL database with Database:BuildOnStart on, as a first deployment runs.</summary>
    private sealed class StartingFactory(string connectionString) : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("Database:Provider", "Postgres"),
            ("Database:ConnectionString", connectionString),
            ("Database:SeedDirectory", RepositoryPaths.Seed),
            ("Database:BuildOnStart", "true"),
        ];
    }

    private sealed class FailingStep : IDatasetBuildStep
    {
        public Task RunAsync(DbContext context, CancellationToken cancellationToken) => throw new InvalidOperationException("step failed");
    }
}
