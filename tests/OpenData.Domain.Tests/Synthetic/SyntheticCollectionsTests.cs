using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Tests.Collections.TrialReports;
using OpenData.Domain.Tests.Support;
using OpenData.Synthetic;
using OpenData.Testing.Files;

namespace OpenData.Domain.Tests.Synthetic;

/// <summary>
/// The synthetic generator writes the collections of the set it is given (the model's): a collection without a generator
/// of its own, like the test-only trialReports, is written empty and counted, and the other collections get the same rows.
/// </summary>
public sealed class SyntheticCollectionsTests : IDisposable
{
    private const int Rows = SyntheticPlan.MinimumRows;
    private const int Seed = 7;

    private readonly TempDirectory dir = TempDirectory.Create("synthetic-collections");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        dir.Dispose();
    }

    [Fact]
    public async Task A_declared_collection_without_a_generator_is_written_empty_and_counted_and_the_others_are_unchanged()
    {
        var plain = dir.PathOf("plain.sqlite");
        var trial = dir.PathOf("trial.sqlite");
        var collections = TrialReportsCollection.WithTrialReports;

        var plainResult = await SyntheticDatabase.GenerateAsync(plain, Rows, Seed, configure: null);
        var trialResult = await SyntheticDatabase.GenerateAsync(trial, Rows, Seed, b => b.UseDatasetCollections(collections));

        var info = DatasetFile.ReadInfo(trial)!;
        Assert.Equal(collections.Select(c => c.Name), info.Counts.Select(c => c.Collection));
        Assert.Equal(0, info.CountOf("trialReports"));
        Assert.Equal(0L, (long)DatabaseDump.Scalar(trial, "SELECT COUNT(*) FROM \"TrialReports\""));
        Assert.Equal(0L, (long)DatabaseDump.Scalar(trial, "SELECT COUNT(*) FROM \"TrialReportSources\""));
        Assert.Equal(0, trialResult.TableCounts["TrialReports"]);
        Assert.Equal(plainResult.DataRows, trialResult.DataRows);

        // Every declared collection is counted as its table holds it, and those with a generator have rows.
        foreach (var collection in collections)
        {
            var rows = (long)DatabaseDump.Scalar(trial, $"SELECT COUNT(*) FROM \"{collection.TableName}\"");
            Assert.Equal((collection.Name, rows), (collection.Name, (long)info.CountOf(collection.Name)));
            Assert.Equal(SyntheticDatasetWriter.GeneratedEntities.Contains(collection.EntityType), rows > 0);
        }

        // The same rows and seed give the same records in every other table, with or without the extra collection.
        var tables = plainResult.TableCounts.Keys.Where(t => !SyntheticDatasetWriter.InfoTables.Contains(t)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(tables, trialResult.TableCounts.Keys.Where(t => !SyntheticDatasetWriter.InfoTables.Contains(t) && !t.StartsWith("TrialReport", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(tables, table => Assert.Equal(Dump(plain, table), Dump(trial, table)));
    }

    [Fact]
    public async Task A_set_without_a_generated_collection_is_refused_with_its_name()
    {
        var without = new DatasetCollections(DatasetCollections.All.Where(c => c.Name != "glossaryTerms"));
        var file = dir.PathOf("without.sqlite");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SyntheticDatabase.GenerateAsync(file, Rows, Seed, b => b.UseDatasetCollections(without)));

        Assert.Equal("A synthetic dataset needs the collections of GlossaryTerm.", error.Message);
        Assert.False(File.Exists(file));
    }

    /// <summary>Every row of <paramref name="table"/>, in primary-key order (text columns sort with the dataset's collation).</summary>
    private static string Dump(string file, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.CreateCollation(DatasetCollation.Spanish.Name, DatasetCollation.Spanish.Compare);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
