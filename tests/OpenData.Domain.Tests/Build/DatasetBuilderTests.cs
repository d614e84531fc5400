using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Build;

public sealed class DatasetBuilderTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    private string DataDir => Path.Combine(seed.Root, "data");

    private string Database => Path.Combine(DataDir, "opendata.db");

    [Fact]
    public async Task Every_seed_record_reaches_the_database()
    {
        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var (collection, count) in result.Records.Counts)
        {
            var table = char.ToUpperInvariant(collection[0]) + collection[1..];
            Assert.Equal((collection, (long)count), (collection, (long)DatabaseDump.Scalar(Database, $"SELECT COUNT(*) FROM \"{table}\"")));
        }

        var sourceLinks = SourcedRecords(result.Records).Sum(r => r.Sources.Count);
        var joinTables = DatabaseDump.Rows(Database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%Sources' AND name <> 'Sources' AND name <> 'FieldProvenanceSources'");
        Assert.Equal(DatasetCollections.All.Count(c => c.IsSourced), joinTables.Count);
        Assert.Equal(sourceLinks, joinTables.Sum(t => (long)DatabaseDump.Scalar(Database, $"SELECT COUNT(*) FROM \"{t[0]}\"")));
        Assert.Equal((long)result.Records.FieldProvenance.Count, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM FieldProvenance"));
        Assert.Equal((long)result.Records.FieldProvenance.Sum(p => p.Sources.Count), DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM FieldProvenanceSources"));
        Assert.Equal(2L, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM HistoryEventMunicipalities"));
        Assert.Equal(1L, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM HistoryEventLegalInstruments"));
        Assert.Equal(1L, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM CentreMunicipalitiesServed"));

        // Every conflict reaches its subject through the subject's join table.
        var conflictTables = DatabaseDump.Rows(Database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%Conflicts' AND name <> 'Conflicts'");
        Assert.Equal(DatasetCollections.All.Count(c => c.IsConflictSubject), conflictTables.Count);
        Assert.Equal(
            [["avgm-declaracion-2018", "avgm-fecha-declaracion"]],
            DatabaseDump.Rows(Database, "SELECT HistoryEventId, ConflictId FROM HistoryEventConflicts").Select(r => r.Select(c => (string)c!).ToArray()));
    }

    [Fact]
    public async Task DatasetInfo_holds_version_counts_and_build_time()
    {
        var before = DateTime.UtcNow;
        await DatasetBuilder.BuildAsync(seed.Dir, Database);
        var after = DateTime.UtcNow;

        var info = DatasetFile.ReadInfo(Database);

        Assert.NotNull(info);
        Assert.Equal(SeedVersion.Compute(seed.Dir), info.Version);
        Assert.Matches("^[0-9a-f]{64}$", info.Version);
        Assert.False(info.IsSynthetic);
        // Stored to the tick: the build time lies between the clock readings around the build, however long it took.
        Assert.InRange(info.BuiltAt, before, after);
        Assert.Equal(DateTimeKind.Utc, info.BuiltAt.Kind);
        Assert.Equal((4, 1, 1, 2, 4, 2), (info.CountOf("sources"), info.CountOf("institutions"), info.CountOf("institutionNames"), info.CountOf("historyEvents"), info.CountOf("fundingRecords"), info.CountOf("claims")));
        Assert.Equal(info.Version, DatasetFile.ReadVersion(Database));
    }

    [Fact]
    public async Task Two_builds_of_the_same_seed_have_the_same_version_and_rows()
    {
        var other = Path.Combine(seed.Root, "other", "opendata.db");

        var first = await DatasetBuilder.BuildAsync(seed.Dir, Database);
        var second = await DatasetBuilder.BuildAsync(seed.Dir, other);

        Assert.Equal(first.Info!.Version, second.Info!.Version);
        var rows = DatabaseDump.Tables(Database);
        Assert.Equal(rows, DatabaseDump.Tables(other));
        Assert.Contains("HistoryEvents", rows.Keys);
        Assert.NotEmpty(rows["HistoryEvents"]);
    }

    [Fact]
    public async Task Failed_build_leaves_the_previous_database_untouched()
    {
        await DatasetBuilder.BuildAsync(seed.Dir, Database);
        var before = await File.ReadAllBytesAsync(Database);
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: -7000000");

        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database);

        Assert.False(result.Succeeded);
        Assert.Equal("pftpg-durango-2020", Assert.Single(result.Problems).Record);
        Assert.Equal(before, await File.ReadAllBytesAsync(Database));
        Assert.Equal([Database], Directory.GetFiles(DataDir));
    }

    [Fact]
    public async Task Failed_build_without_a_previous_database_writes_nothing()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");

        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(DataDir) && Directory.EnumerateFileSystemEntries(DataDir).Any());
    }

    [Fact]
    public async Task Build_failing_while_writing_leaves_the_previous_database_and_no_temp_file()
    {
        await DatasetBuilder.BuildAsync(seed.Dir, Database);
        var before = await File.ReadAllBytesAsync(Database);
        seed.Replace("programs.yaml", "acronym: PFTPG", "acronym: PFTPG-2");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DatasetBuilder.BuildAsync(seed.Dir, Database, b => b.AddInterceptors(new FailingSave())));

        Assert.Equal(before, await File.ReadAllBytesAsync(Database));
        Assert.Equal([Database], Directory.GetFiles(DataDir));
    }

    [Fact]
    public async Task Configure_callback_is_applied_to_the_building_context()
    {
        var counter = new CountingSave();

        await DatasetBuilder.BuildAsync(seed.Dir, Database, b => b.AddInterceptors(counter));

        Assert.Equal(1, counter.Saves);
    }

    [Fact]
    public async Task A_rebuild_replaces_the_database()
    {
        await DatasetBuilder.BuildAsync(seed.Dir, Database);
        var oldVersion = DatasetFile.ReadVersion(Database);
        seed.Replace("programs.yaml", "acronym: PFTPG", "acronym: PFTPG-2");

        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database);

        Assert.True(result.Succeeded);
        Assert.NotEqual(oldVersion, DatasetFile.ReadVersion(Database));
        Assert.Equal("PFTPG-2", DatabaseDump.Scalar(Database, "SELECT Acronym FROM Programs"));
        Assert.Equal([Database], Directory.GetFiles(DataDir));
    }

    [Fact]
    public async Task The_built_file_carries_the_planner_statistics_of_its_indexes()
    {
        await DatasetBuilder.BuildAsync(seed.Dir, Database);

        Assert.Equal(1L, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        var analyzed = DatabaseDump.Rows(Database, "SELECT DISTINCT idx FROM sqlite_stat1 WHERE tbl = 'FundingRecords' AND idx IS NOT NULL").Select(r => (string)r[0]!).ToList();
        var indexes = DatabaseDump.Rows(Database, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'FundingRecords' AND sql IS NOT NULL").Select(r => (string)r[0]!).ToList();
        Assert.NotEmpty(indexes);
        Assert.Equal(indexes.Order(StringComparer.Ordinal), analyzed.Where(indexes.Contains).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<ISourced> SourcedRecords(SeedSet set) =>
        set.Collections.Where(c => c.IsSourced).SelectMany(set.Records).Cast<ISourced>();

    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("simulated failure while writing");
    }

    private sealed class CountingSave : SaveChangesInterceptor
    {
        public int Saves { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Saves++;
            return ValueTask.FromResult(result);
        }
    }
}
