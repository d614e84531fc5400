using OpenData.Api.Collections.ExportColumns;
namespace OpenData.Api.Exports;

/// <summary>
/// One downloadable file: its path under the site (and under an `export --out` folder), Spanish title and
/// media type, and what it holds: a collection in a format, or (both null) the database file itself.
/// </summary>
internal sealed record Download(string Path, string Title, string MediaType, IExportTable? Table, ExportFormat? Format)
{
    public const string DatabaseFileName = "opendata.sqlite";

    public static Download Database { get; } =
        new("export/" + DatabaseFileName, "Base de datos completa (SQLite)", "application/vnd.sqlite3", null, null);

    /// <summary>Each collection in each format.</summary>
    public static IReadOnlyList<Download> Collections { get; } =
        [.. ExportTables.All.SelectMany(table => ExportFormat.All.Select(format => Of(table, format)))];

    /// <summary>Every download of a SQLite-backed API: each collection in each format, then the database file.</summary>
    public static IReadOnlyList<Download> All { get; } = [.. Collections, Database];

    public static Download Of(IExportTable table, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(format);
        return new($"export/{table.Name}.{format.Extension}", $"{table.Title} ({format.Label})", format.MediaType, table, format);
    }

    /// <summary>The file name a browser saves it under: the collection and the first 12 characters of the dataset version.</summary>
    public string AttachmentName(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var name = System.IO.Path.GetFileNameWithoutExtension(Path);
        var extension = System.IO.Path.GetExtension(Path);
        return $"{name}-{version[..Math.Min(12, version.Length)]}{extension}";
    }
}
