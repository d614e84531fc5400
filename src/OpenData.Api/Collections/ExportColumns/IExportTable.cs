using OpenData.Domain.Data;

namespace OpenData.Api.Collections.ExportColumns;

/// <summary>A collection that can be downloaded: its name, Spanish title, columns and its rows in id order.</summary>
internal interface IExportTable
{
    /// <summary>The collection name, as in the URL (/export/&lt;name&gt;.csv) and in seed/.</summary>
    string Name { get; }

    /// <summary>Spanish title for the catalogue and the explorer.</summary>
    string Title { get; }

    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>
    /// The rows in id order, read as they are written. The same array is reused for every row: a consumer
    /// must be done with one row before it asks for the next.
    /// </summary>
    IAsyncEnumerable<object?[]> ReadRowsAsync(OpenDataDbContext db, CancellationToken cancellationToken);
}
