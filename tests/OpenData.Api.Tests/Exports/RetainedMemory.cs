using System.Globalization;
using System.IO.Compression;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// What a download keeps alive in the managed heap while it is read. The body is read to its end in 80 KiB chunks
/// that are never held; after the first chunk and then every <see cref="CheckpointBytes"/>, the reader pauses (the
/// server, held back by the response pipe, waits too), forces full blocking compacting collections and records the
/// live heap above what it was before the request. A collected heap holds only reachable objects, so the figure does
/// not depend on the GC's generation-0 budget (the CPU's cache size, DOTNET_GCgen0size) nor on how fast the machine
/// is: it is what the server and client hold at that point of the download, plus whatever other threads of the test
/// process hold (the memory tests run alone, see <see cref="MemoryTests"/>). While the download is paused what it keeps
/// stays put, whereas an object some other thread of the process (a timer, a host another test left running) holds
/// for a moment does not: a checkpoint is therefore measured twice, 100 ms apart, and counts the smaller figure.
/// </summary>
public sealed record RetainedMemory(long Bytes, long PeakRetained, int Checkpoints, IReadOnlyList<long> Retained)
{
    public const long CheckpointBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Streaming keeps the memory of a few buffers and one row, whatever the download's size; a download that is
    /// buffered anywhere keeps at least its own size. The bound sits between them: a tenth of the bytes sent.
    /// </summary>
    public bool Streamed => PeakRetained < Bytes / 10;

    /// <summary>With <paramref name="acceptEncoding"/> the download is asked for compressed and <see cref="Bytes"/> counts the decoded bytes.</summary>
    public static async Task<RetainedMemory> MeasureAsync(HttpClient client, string path, string? acceptEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var before = LiveHeap();
        long bytes = 0, nextCheckpoint = 0;
        var retained = new List<long>();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            if (encoding != acceptEncoding)
            {
                throw new InvalidOperationException($"Asked for {acceptEncoding ?? "no encoding"}, got {encoding ?? "none"}.");
            }

            await using var raw = await response.Content.ReadAsStreamAsync();
            await using var body = encoding switch
            {
                "br" => new BrotliStream(raw, CompressionMode.Decompress),
                "gzip" => new GZipStream(raw, CompressionMode.Decompress),
                _ => raw,
            };
            var buffer = new byte[80 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                bytes += read;
                if (bytes >= nextCheckpoint)
                {
                    var first = LiveHeap();
                    await Task.Delay(100);
                    retained.Add(Math.Min(first, LiveHeap()) - before);
                    nextCheckpoint = bytes + CheckpointBytes;
                }
            }
        }

        return new RetainedMemory(bytes, retained.Count == 0 ? 0 : retained.Max(), retained.Count, retained);
    }

    /// <summary>Bytes of reachable objects: the managed heap after full, blocking, compacting collections.</summary>
    public static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Bytes / 1e6:F1} MB sent; at most {PeakRetained / 1e6:F2} MB retained over {Checkpoints} checkpoints ({(double)PeakRetained / Math.Max(1, Bytes):P1} of the bytes; MB at each: {string.Join(' ', Retained.Select(r => (r / 1e6).ToString("F2", CultureInfo.InvariantCulture)))})");
}
