namespace OpenData.Api.Collections.ExportColumns;

/// <summary>
/// One column of a download: its name (the GraphQL field name) and how a record gives its value. Values are
/// null, string, int, bool, decimal, <see cref="DateOnly"/>, or a list of strings or ints (see <see cref="Columns"/>).
/// <paramref name="Navigation"/> names the related rows the value reads (sources, children), which the download's query
/// includes; null when the value reads only the record's own columns.
/// </summary>
internal sealed record ExportColumn<T>(string Name, Func<T, object?> Value, string? Navigation = null);
