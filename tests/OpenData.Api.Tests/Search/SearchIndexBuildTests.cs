using Microsoft.Data.Sqlite;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Seed;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>The search index is written with the database, deterministically, without changing the dataset version.</summary>
public sealed class SearchIndexBuildTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = TempDirectory.Create("search");

    private string First => Path.Combine(_directory.Path, "a.sqlite");

    private string Second => Path.Combine(_directory.Path, "b.sqlite");

    public async Task InitializeAsync()
    {
        foreach (var file in new[] { First, Second })
        {
            var result = await DatasetBuilder.BuildAsync(RepositoryPaths.Seed, file, DatabaseServiceCollectionExtensions.ConfigureModel);
            Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Two_builds_write_the_same_index_rows_and_bytes()
    {
        const string Rows = """SELECT rowid || '|' || type || '|' || slug || '|' || title || '|' || body FROM "SearchIndex" ORDER BY rowid""";
        const string Segments = """SELECT id || ':' || hex(block) FROM "SearchIndex_data" ORDER BY id""";

        Assert.Equal(await ReadAsync(First, Rows), await ReadAsync(Second, Rows));
        Assert.Equal(await ReadAsync(First, Segments), await ReadAsync(Second, Segments));
    }

    [Fact]
    public async Task The_index_holds_every_record_of_every_searchable_collection()
    {
        var rows = await ReadAsync(First, """SELECT type || ' ' || count(*) FROM "SearchIndex" GROUP BY type ORDER BY type""");
        var info = DatasetFile.ReadInfo(First)!;

        Assert.Equal(17, rows.Count);
        Assert.Contains($"Policy {info.CountOf("policies")}", rows);
        Assert.Contains($"Source {info.CountOf("sources")}", rows);
        Assert.Contains($"Municipality {info.CountOf("municipalities")}", rows);
        Assert.Contains($"InstitutionName {info.CountOf("institutionNames")}", rows);
    }

    [Fact]
    public async Task Rowid_order_is_type_then_slug_order_the_ranking_ties_rely_on_it()
    {
        var rows = await ReadAsync(First, """SELECT type || ' ' || slug FROM "SearchIndex" ORDER BY rowid""");

        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public void The_dataset_version_is_still_the_seed_hash() =>
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), DatasetFile.ReadVersion(First));

    [Fact]
    public async Task The_build_leaves_a_plain_file_the_index_can_be_read_from_read_only()
    {
        var count = await ReadAsync(First, """SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH '"penon" "blanco"'""");

        Assert.NotEqual("0", Assert.Single(count));
        Assert.False(File.Exists(First + "-wal"));
    }

    private static async Task<List<string>> ReadAsync(string file, string sql)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetValue(0).ToString()!);
        }

        return rows;
    }
}
