using Npgsql;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Synthetic;
using OpenData.Domain.Build;
using OpenData.Synthetic;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// <c>seed synthetic --provider Postgres</c> through the command line into a throwaway database: the same rows as the
/// SQLite file of the same --rows and --seed, a schema swapped in without a build schema left over, every table
/// analyzed, progress on standard error, and the API served from that schema answering a page, a relation and a search.
/// </summary>
public sealed class PostgresSyntheticTests(SyntheticDatabaseFixture sqlite) : IClassFixture<SyntheticDatabaseFixture>, IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    private string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.AbsentReason() is null || Testing.Environment.RequireAll.IsOn)
        {
            _database = await PostgresTestServer.CreateDatabaseAsync("synthetic");
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
    public async Task Seed_synthetic_into_Postgres_writes_the_rows_of_the_SQLite_file_and_the_API_serves_them()
    {
        var run = await CommandLineRun.RunAsync(
            "seed", "synthetic", "--rows", SyntheticDatabaseFixture.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", SyntheticDatabaseFixture.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--provider", "Postgres", "--connection", ConnectionString);

        Assert.True(run.ExitCode == 0, run.Error);
        var info = PostgresDataset.ReadInfo(ConnectionString)!;
        Assert.True(info.IsSynthetic);
        Assert.Equal(SyntheticDatabase.Version(SyntheticDatabaseFixture.Rows, SyntheticDatabaseFixture.Seed), info.Version);
        Assert.Contains($"schema opendata: version {info.Version}, {SyntheticDatabaseFixture.Rows} rows", run.Output, StringComparison.Ordinal);
        // Progress: each table as it is written, the search index, then ANALYZE last.
        Assert.Contains("HistoryEvents", run.Error, StringComparison.Ordinal);
        Assert.Contains("build step SearchIndexBuildStep done", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("ANALYZE done", run.Error.TrimEnd(), StringComparison.Ordinal);

        var file = DatasetFile.ReadInfo(sqlite.Path)!;
        Assert.Equal(file.Counts.Select(c => (c.Collection, c.Count)), info.Counts.Select(c => (c.Collection, c.Count)));
        Assert.NotEmpty(info.Layout);
        Assert.Equal(["opendata", "public"], await ValuesAsync<string>("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1"));
        // reltuples is -1 for a table never analyzed; ANALYZE sets it (0 for an empty table).
        var notAnalyzed = await ValuesAsync<string>(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'opendata' AND c.relkind = 'r' AND c.reltuples < 0");
        Assert.Empty(notAnalyzed);

        using var factory = new PostgresSyntheticApiFactory(ConnectionString);
        var client = new GraphQLClient(factory.CreateClient());
        var data = await client.DataAsync("""
            query {
              dataset { isSynthetic version }
              historyEvents(first: 5, order: [{ dateStart: ASC }]) { totalCount nodes { title sources { title } } }
              agreements(first: 3) { nodes { title signatories { role person { name } } } }
            }
            """);
        Assert.True(data.GetProperty("dataset").GetProperty("isSynthetic").GetBoolean());
        Assert.Equal(info.Version, data.GetProperty("dataset").GetProperty("version").GetString());
        var events = data.GetProperty("historyEvents");
        Assert.Equal(info.CountOf("historyEvents"), events.GetProperty("totalCount").GetInt32());
        var nodes = events.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n.GetProperty("sources").EnumerateArray()));
        var agreements = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, agreements.Count);
        Assert.Contains(agreements, a => a.GetProperty("signatories").EnumerateArray().Any(s => s.GetProperty("person").GetProperty("name").GetString() is { Length: > 0 }));

        // A word of the first event's title finds records through the search index the build wrote.
        var word = nodes[0].GetProperty("title").GetString()!.Split(' ').First(w => w.Length >= 6 && w.All(char.IsLetter));
        var search = (await client.DataAsync("query($text: String!) { search(text: $text, first: 5) { totalCount nodes { type node { id } } } }", new { text = word }))
            .GetProperty("search");
        Assert.True(search.GetProperty("totalCount").GetInt32() > 0, word);
        Assert.NotEmpty(search.GetProperty("nodes").EnumerateArray());
    }

    private async Task<List<T>> ValuesAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private sealed class PostgresSyntheticApiFactory(string connectionString) : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() =>
            [("Database:Provider", "Postgres"), ("Database:ConnectionString", connectionString), ("Database:BuildOnStart", "false")];
    }
}
