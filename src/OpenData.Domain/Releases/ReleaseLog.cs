using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenData.Domain.Seed;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Releases;

/// <summary>
/// Reads and checks the release files of a seed (see <see cref="ReleaseFiles"/>): every problem is reported with its
/// file and line, like the seed's. Each release's changes are applied to the state of the release before it; a
/// <c>before</c> that does not match that state is a problem, so the files always fold into one consistent history.
/// </summary>
public static partial class ReleaseLog
{
    /// <summary>The releases of <paramref name="seedDir"/>, oldest first (none when it has no releases folder).</summary>
    public static IReadOnlyList<RecordedRelease> Read(string seedDir, List<SeedProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var dir = ReleaseFiles.DirectoryOf(seedDir);
        var listPath = Path.Combine(dir, ReleaseFiles.ListFile);
        var display = DisplayPrefix(seedDir) + ReleaseFiles.Directory + "/";
        if (!File.Exists(listPath))
        {
            if (System.IO.Directory.Exists(dir) && System.IO.Directory.EnumerateFiles(dir).Any())
            {
                problems.Add(new SeedProblem(display + ReleaseFiles.ListFile, 1, 1, SeedProblem.FileRecord, "", "is missing but the releases folder has files"));
            }

            return [];
        }

        var listFile = display + ReleaseFiles.ListFile;
        var entries = ReadList(listFile, File.ReadAllText(listPath), problems);
        var releases = new List<RecordedRelease>();
        var state = new DatasetSnapshot();
        var previousDate = DateOnly.MinValue;
        foreach (var (version, publishedOn, note, content, line) in entries)
        {
            if (publishedOn < previousDate)
            {
                problems.Add(new SeedProblem(listFile, line, 1, version, "publishedOn", $"{publishedOn:yyyy-MM-dd} is before the previous release's date {previousDate:yyyy-MM-dd}"));
            }

            previousDate = publishedOn;
            var changesPath = Path.Combine(dir, ReleaseFiles.ChangesFileName(version));
            var changesFile = display + ReleaseFiles.ChangesFileName(version);
            if (!File.Exists(changesPath))
            {
                problems.Add(new SeedProblem(listFile, line, 1, version, "", $"has no changes file {ReleaseFiles.ChangesFileName(version)}"));
                continue;
            }

            var changes = ReadChanges(changesFile, File.ReadAllLines(changesPath), state, version, problems);
            state = SnapshotDiff.Apply(state, changes);
            releases.Add(new RecordedRelease(version, publishedOn, note, content, changes, state));
        }

        var listed = entries.Select(e => ReleaseFiles.ChangesFileName(e.Version)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file != ReleaseFiles.ListFile && !listed.Contains(file!))
            {
                problems.Add(new SeedProblem(display + file, 1, 1, SeedProblem.FileRecord, "", $"is not the changes file of a release listed in {ReleaseFiles.ListFile}"));
            }
        }

        return releases;
    }

    private static List<(string Version, DateOnly PublishedOn, string Note, string Content, int Line)> ReadList(string file, string text, List<SeedProblem> problems)
    {
        var result = new List<(string, DateOnly, string, string, int)>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(file, (int)e.Start.Line, (int)e.Start.Column, SeedProblem.FileRecord, "", "YAML syntax error: " + e.Message));
            return result;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode items)
        {
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            {
                problems.Add(new SeedProblem(file, 1, 1, SeedProblem.FileRecord, "", "must hold a list of releases"));
            }

            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Children.Count; i++)
        {
            var node = items.Children[i];
            var line = (int)node.Start.Line;
            var label = $"(release {i + 1})";
            if (node is not YamlMappingNode mapping)
            {
                problems.Add(new SeedProblem(file, line, (int)node.Start.Column, label, "", "expected a release (version, publishedOn, note, content)"));
                continue;
            }

            string? Get(string key) => mapping.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value?.Trim() : null;
            void Problem(string field, string message) => problems.Add(new SeedProblem(file, line, (int)node.Start.Column, label, field, message));

            var version = Get("version") ?? "";
            if (!VersionPattern().IsMatch(version))
            {
                Problem("version", $"'{version}' is not a version (letters, digits, dots and hyphens, starting with a letter or digit)");
                continue;
            }

            label = version;
            if (!seen.Add(version))
            {
                Problem("version", $"'{version}' is listed twice");
                continue;
            }

            if (!DateOnly.TryParseExact(Get("publishedOn") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Problem("publishedOn", $"'{Get("publishedOn")}' is not a date YYYY-MM-DD");
                continue;
            }

            var note = Get("note") ?? "";
            if (note.Length == 0 || note.Contains('\n', StringComparison.Ordinal))
            {
                Problem("note", "needs one line saying what the release brings");
            }

            var content = Get("content") ?? "";
            if (!ContentPattern().IsMatch(content))
            {
                Problem("content", $"'{content}' is not a SHA-256 in lowercase hex");
            }

            foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
            {
                if (key is not ("version" or "publishedOn" or "note" or "content"))
                {
                    Problem(key, $"'{key}' is not a field of a release (version, publishedOn, note, content)");
                }
            }

            result.Add((version, date, note, content, line));
        }

        return result;
    }

    private static List<ValueChange> ReadChanges(string file, string[] lines, DatasetSnapshot state, string version, List<SeedProblem> problems)
    {
        var changes = new List<ValueChange>();
        var seen = new HashSet<(RecordKey, string)>();
        ValueChange? previous = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            void Problem(string message) => problems.Add(new SeedProblem(file, i + 1, 1, version, "", message));
            ValueChange change;
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                var root = json.RootElement;
                string? Text(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                var (type, id, field) = (Text("type"), Text("id"), Text("field"));
                if (root.ValueKind != JsonValueKind.Object || type is null || id is null || field is null)
                {
                    Problem("expected an object with type, id and field (text), and before and/or after");
                    continue;
                }

                change = new ValueChange(new RecordKey(type, id), field, Text("before"), Text("after"));
            }
            catch (JsonException e)
            {
                Problem("is not a JSON object: " + e.Message);
                continue;
            }

            if (change.Before is null && change.After is null || string.Equals(change.Before, change.After, StringComparison.Ordinal))
            {
                Problem($"{change.Record}.{change.Field}: before and after are the same");
                continue;
            }

            if (!seen.Add((change.Record, change.Field)))
            {
                Problem($"{change.Record}.{change.Field} is listed twice");
                continue;
            }

            if (previous is not null && Compare(previous, change) > 0)
            {
                Problem($"{change.Record}.{change.Field} is out of order: lines are sorted by type, id and field");
            }

            var current = state.ValueOf(change.Record, change.Field);
            if (!string.Equals(current, change.Before, StringComparison.Ordinal))
            {
                Problem($"{change.Record}.{change.Field}: before is {Show(change.Before)} but the release before has {Show(current)}");
            }

            previous = change;
            changes.Add(change);
        }

        if (changes.Count == 0 && !problems.Any(p => p.File == file))
        {
            problems.Add(new SeedProblem(file, 1, 1, version, "", "records no change"));
        }

        return changes;
    }

    private static int Compare(ValueChange a, ValueChange b)
    {
        var byRecord = a.Record.CompareTo(b.Record);
        return byRecord != 0 ? byRecord : DatasetSnapshot.FieldOrder.Compare(a.Field, b.Field);
    }

    private static string Show(string? value) => value is null ? "no value" : $"'{(value.Length > 60 ? value[..60] + "…" : value)}'";

    private static string DisplayPrefix(string seedDir)
    {
        var trimmed = seedDir.TrimEnd('/', '\\');
        return (trimmed.Length == 0 ? seedDir[..1] : trimmed + "/").Replace('\\', '/');
    }

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ContentPattern();
}
