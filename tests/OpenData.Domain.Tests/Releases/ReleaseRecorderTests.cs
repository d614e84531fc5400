using OpenData.Domain.Model;
using OpenData.Domain.Releases;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Releases;

/// <summary>Recording releases from a seed and reading them back into a consistent history.</summary>
public sealed class ReleaseRecorderTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    private string ReleasesFile(string name) => Path.Combine(seed.Dir, "releases", name);

    private void Record(string note, string date, string? version = null)
    {
        var result = ReleaseRecorder.Record(seed.Dir, note, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), version);
        Assert.True(result.Release is not null, string.Join('\n', result.Problems));
    }

    /// <summary>Release 2: one amount corrected, one record removed, one added.</summary>
    private void EditSeed()
    {
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: 7100000");
        var text = seed.Read("fundingRecords.yaml");
        var start = text.IndexOf("- id: avgm-gasto-2021-2022-federal", StringComparison.Ordinal);
        var end = text.IndexOf("- id: conavim-iem-2023", StringComparison.Ordinal);
        seed.Write("fundingRecords.yaml", text.Remove(start, end - start));
        File.AppendAllText(seed.PathOf("glossaryTerms.yaml"), "\n- id: zz-nuevo\n  term: ZZ\n  definition: Un término nuevo.\n  sources: [iem-antecedentes]\n");
    }

    [Fact]
    public void Two_releases_give_exactly_the_added_removed_and_changed_records_with_before_and_after()
    {
        Record("Primera publicación.", "2026-12-01");
        EditSeed();
        Record("Corrige un monto, retira un registro y añade un término.", "2026-12-15");

        var validation = SeedValidator.Validate(seed.Dir);
        Assert.Empty(validation.Problems);
        var releases = validation.Records.Releases;
        Assert.Equal(["1", "2"], releases.Select(r => r.Version));
        var (rows, changes, publications) = ReleaseRows.Of(releases);

        Assert.Equal(2, rows.Count);
        Assert.Equal((1, 1, 1), (rows[1].AddedCount, rows[1].ChangedCount, rows[1].RemovedCount));
        var since1 = changes.Where(c => c.SinceReleaseId == "1" && c.UntilReleaseId == "2")
            .ToDictionary(c => $"{c.RecordType}:{c.RecordId}");
        Assert.Equal(["FundingRecord:avgm-gasto-2021-2022-federal", "FundingRecord:pftpg-durango-2020", "GlossaryTerm:zz-nuevo"], since1.Keys);
        Assert.Equal(ChangeKind.Removed, since1["FundingRecord:avgm-gasto-2021-2022-federal"].Kind);
        Assert.Equal(ChangeKind.Added, since1["GlossaryTerm:zz-nuevo"].Kind);
        var corrected = since1["FundingRecord:pftpg-durango-2020"];
        Assert.Equal(ChangeKind.Changed, corrected.Kind);
        var amount = Assert.Single(corrected.Fields);
        Assert.Equal(("amount", "7000000", "7100000"), (amount.Field, amount.Before, amount.After));
        Assert.Contains(since1["FundingRecord:avgm-gasto-2021-2022-federal"].Fields, f => f.Field == "amount" && f.Before == "40459815.22" && f.After is null);

        var fromStart = changes.Where(c => c.SinceReleaseId == "" && c.UntilReleaseId == "2").ToList();
        Assert.All(fromStart, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.DoesNotContain(fromStart, c => c.RecordId == "avgm-gasto-2021-2022-federal");
        Assert.Contains(fromStart, c => c.RecordId == "pftpg-durango-2020" && c.Fields.Any(f => f.Field == "amount" && f.After == "7100000"));

        var publication = publications.Single(p => p.RecordId == "pftpg-durango-2020");
        Assert.Equal(("1", "2", new DateOnly(2026, 12, 15)), (publication.FirstReleaseId, publication.LastChangedReleaseId, publication.LastChangedOn));
        Assert.Equal("1", publications.Single(p => p.RecordId == "avgm-gasto-2021-2022-estatal").LastChangedReleaseId);
    }

    [Fact]
    public void Changes_files_are_sorted_lines_and_the_list_names_each_release()
    {
        Record("Primera publicación.", "2026-12-01");
        EditSeed();
        Record("Segunda.", "2026-12-15");

        Assert.Equal(
            [
                "{\"type\":\"FundingRecord\",\"id\":\"avgm-gasto-2021-2022-federal\",\"field\":\"id\",\"before\":\"avgm-gasto-2021-2022-federal\"}",
                "{\"type\":\"FundingRecord\",\"id\":\"avgm-gasto-2021-2022-federal\",\"field\":\"amount\",\"before\":\"40459815.22\"}",
            ],
            File.ReadAllLines(ReleasesFile("2.ndjson")).Take(2));
        Assert.Contains("{\"type\":\"FundingRecord\",\"id\":\"pftpg-durango-2020\",\"field\":\"amount\",\"before\":\"7000000\",\"after\":\"7100000\"}", File.ReadAllLines(ReleasesFile("2.ndjson")));
        var list = File.ReadAllText(ReleasesFile("releases.yaml"));
        Assert.Contains("- version: \"2\"\n  publishedOn: 2026-12-15\n  note: \"Segunda.\"\n  content: " + SeedVersion.ComputeContent(seed.Dir) + "\n", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_changes_the_dataset_version_but_not_the_content_hash()
    {
        var (version, content) = (SeedVersion.Compute(seed.Dir), SeedVersion.ComputeContent(seed.Dir));

        Record("Primera publicación.", "2026-12-01");

        Assert.NotEqual(version, SeedVersion.Compute(seed.Dir));
        Assert.Equal(content, SeedVersion.ComputeContent(seed.Dir));
        Assert.Equal(SeedVersion.Compute(seed.Dir), SeedValidator.Validate(seed.Dir).Version);
    }

    [Fact]
    public void Nothing_to_record_and_an_earlier_date_are_refused()
    {
        Record("Primera publicación.", "2026-12-01");

        var same = ReleaseRecorder.Record(seed.Dir, "Otra", new DateOnly(2026, 12, 2));
        Assert.Null(same.Release);
        Assert.Equal(["release: nothing changed since release 1"], same.Problems);

        EditSeed();
        var earlier = ReleaseRecorder.Record(seed.Dir, "Otra", new DateOnly(2026, 11, 30));
        Assert.Equal(["release: 2026-11-30 is before the latest release's date 2026-12-01"], earlier.Problems);
    }

    [Fact]
    public void A_hand_edited_before_that_breaks_the_history_is_reported_at_its_line()
    {
        Record("Primera publicación.", "2026-12-01");
        EditSeed();
        Record("Segunda.", "2026-12-15");
        var path = ReleasesFile("2.ndjson");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"before\":\"7000000\"", "\"before\":\"6000000\"", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("6000000", StringComparison.Ordinal)) + 1;

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/releases/2.ndjson:{line}:1: 2: FundingRecord:pftpg-durango-2020.amount: before is '6000000' but the release before has '7000000'", problem.ToString());
    }
}
