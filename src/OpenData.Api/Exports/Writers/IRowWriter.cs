namespace OpenData.Api.Exports.Writers;

/// <summary>Writes the rows of one download to a stream, asynchronously, holding at most a small buffer.</summary>
internal interface IRowWriter : IAsyncDisposable
{
    ValueTask WriteHeaderAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken);

    ValueTask WriteRowAsync(object?[] row, CancellationToken cancellationToken);

    /// <summary>Writes what closes the document and flushes everything to the stream.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
