using OpenData.Api.Data;

namespace OpenData.Api.Exports;

/// <summary>Writes any <see cref="Download"/> to a stream: a collection through the exporter, the database by copying its file.</summary>
internal sealed class DownloadWriter(DatasetExporter exporter, DatabaseOptions database)
{
    public string DatabasePath => database.ResolvedPath;

    /// <summary>What this store offers: the collections, and the database file only when it is a SQLite file.</summary>
    public IReadOnlyList<Download> Offered => database.IsPostgres ? Download.Collections : Download.All;

    /// <summary>Writes the file; returns its row count, or null for the database file.</summary>
    public async Task<long?> WriteAsync(Download download, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (download.Table is { } table && download.Format is { } format)
        {
            return await exporter.WriteAsync(table, format, bom: false, output, cancellationToken);
        }

        var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using (file)
        {
            await file.CopyToAsync(output, cancellationToken);
        }

        return null;
    }
}
