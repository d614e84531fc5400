using System.Globalization;

namespace OpenData.Api.Data;

/// <summary>
/// The record of a full <c>PRAGMA quick_check</c> that passed on a SQLite file: <c>&lt;file&gt;.integrity</c> beside it,
/// a few <c>name=value</c> lines with the file's <see cref="FileIdentity"/> at the time of the check. While the file's
/// identity still matches, its bytes have not been written through the file system since that check, and start-up
/// need not read the whole file again (<see cref="StartupIntegrity"/>). A record that is absent, unreadable, of
/// another format or of another identity is ignored. The record is never part of what is published or exported.
/// </summary>
internal static class IntegrityRecord
{
    /// <summary>What the record's name adds to the database's.</summary>
    public const string Suffix = ".integrity";

    private const string FormatLine = "# opendata integrity record 1: PRAGMA quick_check passed on the file with this identity";
    private const string CheckField = "check";
    private const string CheckedAtField = "checked_at";
    private const string Check = "quick_check";

    public static string PathOf(string database) => database + Suffix;

    /// <summary>When the recorded check passed, if the record beside <paramref name="database"/> names <paramref name="identity"/>; otherwise null.</summary>
    public static DateTimeOffset? CheckedAt(string database, FileIdentity identity)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(PathOf(database));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length == 0 || lines[0] != FormatLine)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[line[..equals]] = line[(equals + 1)..];
            }
        }

        return fields.GetValueOrDefault(CheckField) == Check
            && FileIdentity.Parse(fields) == identity
            && DateTimeOffset.TryParse(fields.GetValueOrDefault(CheckedAtField), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var checkedAt)
            ? checkedAt
            : null;
    }

    /// <summary>Records a passed check of the file with <paramref name="identity"/>; null when written, otherwise why not.</summary>
    public static string? TryWrite(string database, FileIdentity identity, DateTimeOffset checkedAt)
    {
        var record = PathOf(database);
        var temporary = $"{record}.{Guid.NewGuid():N}.tmp";
        try
        {
            string[] lines =
            [
                FormatLine,
                CheckField + "=" + Check,
                CheckedAtField + "=" + checkedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                .. identity.Lines(),
            ];
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, record, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return e.Message;
        }
    }

    /// <summary>Removes the record beside <paramref name="database"/>, if any (a check failed: nothing may skip the next one).</summary>
    public static void Delete(string database) => TryDelete(PathOf(database));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a folder where the record cannot be removed is one where none could have been written.
        }
    }
}
