using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Domain.Releases;

/// <summary>
/// The release files of a seed: <c>releases/releases.yaml</c> lists every release (version, publishedOn, note and the
/// content hash of the seed at that release), and <c>releases/&lt;version&gt;.ndjson</c> holds what the release changed,
/// one value per line: <c>{"type":"FundingRecord","id":"x","field":"amount","before":"1","after":"2"}</c> (no
/// <c>before</c> for a new value, no <c>after</c> for a removed one; a record exists while it has the field <c>id</c>).
/// Lines are sorted by type, id and field, so the files diff line by line.
/// </summary>
public static class ReleaseFiles
{
    public const string Directory = "releases";
    public const string ListFile = "releases.yaml";
    public const string ChangesExtension = ".ndjson";

    private static readonly JsonSerializerOptions NoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string DirectoryOf(string seedDir) => Path.Combine(seedDir, Directory);

    public static string ChangesFileName(string version) => version + ChangesExtension;

    /// <summary>One line of a changes file.</summary>
    public static string FormatLine(ValueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", change.Record.Type);
            writer.WriteString("id", change.Record.Id);
            writer.WriteString("field", change.Field);
            if (change.Before is not null)
            {
                writer.WriteString("before", change.Before);
            }

            if (change.After is not null)
            {
                writer.WriteString("after", change.After);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>releases.yaml for <paramref name="releases"/>, oldest first.</summary>
    public static string FormatList(IEnumerable<(string Version, DateOnly PublishedOn, string Note, string Content)> releases)
    {
        var text = new StringBuilder();
        text.Append("# seed/releases/releases.yaml: las versiones publicadas del conjunto de datos, de la más antigua a la más reciente.\n");
        text.Append("# Escrito por `seed release` (ver README.md); cada versión tiene su archivo <version>.ndjson con los valores que cambió.\n");
        foreach (var (version, publishedOn, note, content) in releases)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- version: \"{version}\"\n");
            text.Append(CultureInfo.InvariantCulture, $"  publishedOn: {publishedOn:yyyy-MM-dd}\n");
            text.Append("  note: ").Append(JsonSerializer.Serialize(note, NoteOptions)).Append('\n');
            text.Append("  content: ").Append(content).Append('\n');
        }

        return text.ToString();
    }
}
