using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Exports.Writers;
using OpenData.Domain.Data;

namespace OpenData.Api.Exports;

/// <summary>Streams one collection in one format to a stream, row by row as the database yields them.</summary>
internal sealed class DatasetExporter(IDbContextFactory<OpenDataDbContext> contexts)
{
    /// <summary>The UTF-8 byte order mark some spreadsheet programs need to read accents right.</summary>
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Writes the download and returns how many rows it holds.</summary>
    public async Task<long> WriteAsync(IExportTable table, ExportFormat format, bool bom, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            // The first row is read before a byte is written: a store that cannot be read fails while the
            // endpoint can still answer with an error instead of a cut download.
            var source = table.ReadRowsAsync(db, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (source)
            {
                var more = await source.MoveNextAsync();
                if (bom)
                {
                    await output.WriteAsync(Bom, cancellationToken);
                }

                var writer = CreateWriter(format, output);
                await using (writer)
                {
                    await writer.WriteHeaderAsync(table.ColumnNames, cancellationToken);
                    long rows = 0;
                    for (; more; more = await source.MoveNextAsync())
                    {
                        await writer.WriteRowAsync(source.Current, cancellationToken);
                        rows++;
                    }

                    await writer.CompleteAsync(cancellationToken);
                    return rows;
                }
            }
        }
    }

    private static IRowWriter CreateWriter(ExportFormat format, Stream output) =>
        format == ExportFormat.Csv ? new CsvRowWriter(output)
        : format == ExportFormat.Json ? new JsonRowWriter(output, lines: false)
        : format == ExportFormat.Ndjson ? new JsonRowWriter(output, lines: true)
        : throw new ArgumentOutOfRangeException(nameof(format), format.Extension, "Unknown export format.");
}
