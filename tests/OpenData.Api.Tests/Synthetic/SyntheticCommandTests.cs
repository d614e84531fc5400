using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Search;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.GraphQL.Data.TextFolding;
using OpenData.Synthetic;

namespace OpenData.Api.Tests.Synthetic;

public sealed class SyntheticCommandTests(SyntheticDatabaseFixture fixture) : IClassFixture<SyntheticDatabaseFixture>
{
    private static readonly string[] BulkTables = ["FundingRecords", "FundingRecordSources", "HistoryEvents", "HistoryEventSources", "Sources"];

    [Fact]
    public async Task Stores_the_layout_of_the_code_that_serves_it_so_serving_does_not_call_it_stale()
    {
        var built = DatasetFile.ReadInfo(await TestDataset.PathAsync())!;
        var synthetic = DatasetFile.ReadInfo(fixture.Path)!;

        Assert.NotEmpty(synthetic.Layout);
        Assert.Equal(built.Layout, synthetic.Layout);
    }

    [Fact]
    public void Writes_exactly_the_requested_rows_marked_synthetic()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.Error);
        var info = DatasetFile.ReadInfo(fixture.Path);
        Assert.NotNull(info);
        Assert.True(info.IsSynthetic);
        Assert.Equal(SyntheticDatabase.Version(SyntheticDatabaseFixture.Rows, SyntheticDatabaseFixture.Seed), info.Version);
        Assert.StartsWith("synthetic-", info.Version, StringComparison.Ordinal);
        Assert.Contains(info.Version, fixture.Run.Output, StringComparison.Ordinal);

        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);
        var total = ModelTables().Where(t => t is not ("DatasetInfo" or "DatasetCounts")).Sum(t => Count(connection, t));
        Assert.Equal(SyntheticDatabaseFixture.Rows, total);
    }

    [Fact]
    public void Dataset_counts_match_the_tables_and_every_generated_collection_has_rows()
    {
        var info = DatasetFile.ReadInfo(fixture.Path)!;
        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);
        Assert.Equal(DatasetCollections.All.Select(c => c.Name), info.Counts.Select(c => c.Collection));
        foreach (var collection in DatasetCollections.All)
        {
            // A collection without a generator of its own (a newly declared one) is written empty, and counted so.
            var count = info.CountOf(collection.Name);
            Assert.Equal((collection.TableName, SyntheticDatasetWriter.GeneratedEntities.Contains(collection.EntityType)), (collection.TableName, count > 0));
            Assert.Equal(count, Count(connection, collection.TableName));
        }

        // Most rows are funding records, history events, sources and their links.
        var bulk = BulkTables.Sum(t => Count(connection, t));
        Assert.True(bulk > SyntheticDatabaseFixture.Rows * 0.7, $"{bulk} bulk rows");
    }

    [Fact]
    public void Every_reference_points_at_a_row_and_every_record_but_a_source_has_a_source()
    {
        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA foreign_key_check";
            using var reader = check.ExecuteReader();
            Assert.False(reader.Read(), "a foreign key points nowhere");
        }

        foreach (var (table, join, key) in new[] { ("FundingRecords", "FundingRecordSources", "FundingRecordId"), ("HistoryEvents", "HistoryEventSources", "HistoryEventId"), ("People", "PersonSources", "PersonId"), ("Claims", "ClaimSources", "ClaimId") })
        {
            Assert.Equal(0L, Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\" t WHERE NOT EXISTS (SELECT 1 FROM \"{join}\" j WHERE j.\"{key}\" = t.\"Id\")"));
        }
    }

    [Fact]
    public void Folded_columns_hold_the_fold_of_their_text_and_the_text_is_spanish_with_accents()
    {
        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Title\", \"Title_folded\", \"Summary\", \"Summary_folded\", \"Note\", \"Note_folded\" FROM \"HistoryEvents\"";
        using var reader = command.ExecuteReader();
        var accented = 0;
        while (reader.Read())
        {
            for (var i = 0; i < 6; i += 2)
            {
                var text = reader.IsDBNull(i) ? null : reader.GetString(i);
                Assert.Equal(TextFolding.Fold(text), reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1));
                accented += text is not null && text.Any(c => "áéíóúñÁÉÍÓÚÑ".Contains(c, StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        Assert.True(accented > 100, $"{accented} accented texts");
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM \"FundingRecordSources\" WHERE \"SourceId_folded\" IS NOT \"SourceId\""));
    }

    [Fact]
    public void The_search_index_holds_the_synthetic_records()
    {
        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);

        Assert.True(Scalar(connection, "SELECT COUNT(*) FROM \"HistoryEvents\"") > 0);
        Assert.Equal(Scalar(connection, "SELECT COUNT(*) FROM \"HistoryEvents\""), Scalar(connection, $"SELECT COUNT(*) FROM \"{SearchIndex.Table}\" WHERE type = 'HistoryEvent'"));
    }

    [Fact]
    public void Ends_with_the_planner_statistics_so_the_date_index_is_chosen()
    {
        using var connection = SyntheticDatabaseFixture.Open(fixture.Path);

        Assert.True(Scalar(connection, "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'HistoryEvents'") > 0);
        Assert.True(Scalar(connection, "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'FundingRecords'") > 0);
    }

    [Fact]
    public async Task Schema_is_the_one_seed_build_writes()
    {
        var built = await TestDataset.PathAsync();

        Assert.Equal(Schema(built), Schema(fixture.Path));
    }

    [Fact]
    public async Task Same_rows_and_seed_give_the_same_data_and_another_seed_does_not()
    {
        var again = fixture.NewPath("again.sqlite");
        var other = fixture.NewPath("other.sqlite");
        var rows = SyntheticDatabaseFixture.Rows.ToString(CultureInfo.InvariantCulture);
        var seed = SyntheticDatabaseFixture.Seed.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "synthetic", "--rows", rows, "--out", again, "--seed", seed)).ExitCode);
        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "synthetic", "--rows", rows, "--out", other, "--seed", "12")).ExitCode);

        Assert.Equal(DataHash(fixture.Path), DataHash(again));
        Assert.NotEqual(DataHash(fixture.Path), DataHash(other));
    }

    [Theory]
    [InlineData("--rows", "999")]
    [InlineData("--rows", "many")]
    public async Task Too_few_or_unreadable_rows_is_bad_usage_and_writes_nothing(string option, string value)
    {
        var output = fixture.NewPath("bad.sqlite");

        var run = await CommandLineRun.RunAsync("seed", "synthetic", option, value, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Without_out_it_refuses_rather_than_write_the_published_database()
    {
        var run = await CommandLineRun.RunAsync("seed", "synthetic", "--rows", "1000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused_rather_than_written_to_the_configured_database()
    {
        var run = await CommandLineRun.RunAsync("seed", "synthetic", "--rows", "1000", "--provider", "Postgres");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--connection", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The tables of the EF model (entities and join tables; not the search index the build step adds).</summary>
    private static List<string> ModelTables()
    {
        using var context = new OpenDataDbContext(DatasetBuilder.Options(":memory:", DatabaseServiceCollectionExtensions.ConfigureModel));
        return [.. context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal)];
    }

    private static long Count(SqliteConnection connection, string table) => Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\"");

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Schema(string file)
    {
        using var connection = SyntheticDatabaseFixture.Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var schema = new StringBuilder();
        while (reader.Read())
        {
            schema.AppendLine(reader.GetString(0));
        }

        return schema.ToString();
    }

    /// <summary>SHA-256 over every row of every table but DatasetInfo (whose build time differs), in primary-key order.</summary>
    private static string DataHash(string file)
    {
        using var connection = SyntheticDatabaseFixture.Open(file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in ModelTables().Where(t => t != "DatasetInfo"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + "\u001f"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
