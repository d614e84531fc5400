using OpenData.Api.Dataset;
using OpenData.Api.Exports;

namespace OpenData.Api.Catalog;

/// <summary>
/// The size and SHA-256 of every download, computed once per dataset version by streaming each file through
/// a hash (nothing is held in memory), then kept for as long as that version is served.
/// </summary>
internal sealed class DistributionDigests(DownloadWriter writer, DatasetMetadata metadata)
{
    private readonly Lock _gate = new();
    private (string Version, Task<IReadOnlyDictionary<string, FileDigest>> Digests)? _cached;

    public async Task<IReadOnlyDictionary<string, FileDigest>> GetAsync(CancellationToken cancellationToken)
    {
        var version = await metadata.GetVersionAsync(cancellationToken);
        Task<IReadOnlyDictionary<string, FileDigest>> digests;
        lock (_gate)
        {
            if (_cached is not { } cached || cached.Version != version || cached.Digests.IsFaulted || cached.Digests.IsCanceled)
            {
                _cached = cached = (version, ComputeAsync(writer));
            }

            digests = cached.Digests;
        }

        return await digests.WaitAsync(cancellationToken);
    }

    /// <summary>Digests of every download, computed by writing each to a hashing sink.</summary>
    public static async Task<IReadOnlyDictionary<string, FileDigest>> ComputeAsync(DownloadWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var digests = new Dictionary<string, FileDigest>(StringComparer.Ordinal);
        foreach (var download in writer.Offered)
        {
            using var sink = new DigestStream(Stream.Null);
            var rows = await writer.WriteAsync(download, sink, CancellationToken.None);
            digests[download.Path] = new FileDigest(sink.BytesWritten, sink.Sha256(), rows);
        }

        return digests;
    }
}
