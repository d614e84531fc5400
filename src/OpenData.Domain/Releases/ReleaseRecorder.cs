using System.Globalization;
using System.Text;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Domain.Releases;

/// <summary>
/// Records the seed's current state as the next release: writes <c>releases/&lt;version&gt;.ndjson</c> with every value
/// that changed since the latest release (everything, for the first) and appends the release to <c>releases.yaml</c>.
/// </summary>
public static class ReleaseRecorder
{
    /// <summary>The outcome: the release written, or the problems that stopped it.</summary>
    public sealed record Result(Release? Release, IReadOnlyList<string> Problems);

    public static Result Record(string seedDir, string note, DateOnly publishedOn, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        var validation = SeedValidator.Validate(seedDir);
        if (!validation.IsValid)
        {
            return new Result(null, [.. validation.Problems.Select(p => p.ToString())]);
        }

        note = note.Trim();
        if (note.Length == 0 || note.Contains('\n', StringComparison.Ordinal))
        {
            return new Result(null, ["release: --note needs one line saying what the release brings"]);
        }

        var releases = validation.Records.Releases;
        var latest = releases.Count == 0 ? null : releases[^1];
        version ??= NextVersion(releases);
        if (releases.Any(r => r.Version == version))
        {
            return new Result(null, [$"release: version '{version}' is already recorded"]);
        }

        if (latest is not null && publishedOn < latest.PublishedOn)
        {
            return new Result(null, [$"release: {publishedOn:yyyy-MM-dd} is before the latest release's date {latest.PublishedOn:yyyy-MM-dd}"]);
        }

        var changes = SnapshotDiff.Between(latest?.Snapshot ?? new DatasetSnapshot(), validation.Records.Snapshot);
        if (changes.Count == 0)
        {
            return new Result(null, [$"release: nothing changed since release {latest!.Version}"]);
        }

        var dir = ReleaseFiles.DirectoryOf(seedDir);
        Directory.CreateDirectory(dir);
        var lines = new StringBuilder();
        foreach (var change in changes)
        {
            lines.Append(ReleaseFiles.FormatLine(change)).Append('\n');
        }

        var entries = releases.Select(r => (r.Version, r.PublishedOn, r.Note, r.Content))
            .Append((version, publishedOn, note, validation.Records.Content));
        WriteAtomically(Path.Combine(dir, ReleaseFiles.ChangesFileName(version)), lines.ToString());
        WriteAtomically(Path.Combine(dir, ReleaseFiles.ListFile), ReleaseFiles.FormatList(entries));

        var step = ReleaseRows.Compare(latest?.Version ?? "", version, latest?.Snapshot ?? new DatasetSnapshot(), validation.Records.Snapshot);
        return new Result(new Release
        {
            Id = version,
            Position = releases.Count + 1,
            PublishedOn = publishedOn,
            Note = note,
            Content = validation.Records.Content,
            AddedCount = step.Count(c => c.Kind == ChangeKind.Added),
            ChangedCount = step.Count(c => c.Kind == ChangeKind.Changed),
            RemovedCount = step.Count(c => c.Kind == ChangeKind.Removed),
        }, []);
    }

    /// <summary>One more than the largest whole-number version (1 for the first release).</summary>
    public static string NextVersion(IReadOnlyList<RecordedRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var numbers = releases.Select(r => int.TryParse(r.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
        return (numbers.DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, path, overwrite: true);
    }
}
