using CsvHelper;

namespace OpenData.Api.Exports.Writers;

/// <summary>RFC 4180 CSV (comma separated, CRLF line ends, fields quoted when needed) written by CsvHelper as UTF-8.</summary>
internal sealed class CsvRowWriter(Stream output) : IRowWriter
{
    private readonly CsvWriter _csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);

    public async ValueTask WriteHeaderAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        foreach (var column in columns)
        {
            _csv.WriteField(column);
        }

        await _csv.EndRecordAsync(cancellationToken);
    }

    public async ValueTask WriteRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        foreach (var value in row)
        {
            _csv.WriteField(ExportText.Format(value));
        }

        await _csv.EndRecordAsync(cancellationToken);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken) =>
        await _csv.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
