using System.Diagnostics;
using System.IO.Compression;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// A download read to its end in 80 KiB chunks (never held) while a sampler records, every 10 ms, the managed
/// heap (allocated, and live as of the last GC) and the process working set above what they were before.
/// With an <c>acceptEncoding</c> the download is asked for compressed and <see cref="Bytes"/> counts the decoded bytes.
/// </summary>
public sealed record DownloadMeasurement(long Bytes, long PeakHeapDelta, long PeakLiveHeapDelta, long PeakWorkingSetDelta, TimeSpan Elapsed)
{
    public static async Task<DownloadMeasurement> RunAsync(HttpClient client, string path, string? acceptEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var liveBefore = GC.GetGCMemoryInfo().HeapSizeBytes;
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        long peakHeap = heapBefore, peakLive = liveBefore, peakWorkingSet = workingSetBefore;

        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                peakLive = Math.Max(peakLive, GC.GetGCMemoryInfo().HeapSizeBytes);
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        });

        var clock = Stopwatch.StartNew();
        long bytes = 0;
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
            }
        }

        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        return new DownloadMeasurement(bytes, peakHeap - heapBefore, peakLive - liveBefore, peakWorkingSet - workingSetBefore, clock.Elapsed);
    }

    public override string ToString() =>
        $"{Bytes / 1e6:F1} MB in {Elapsed.TotalSeconds:F1} s; peak heap +{PeakHeapDelta / 1e6:F1} MB, live heap +{PeakLiveHeapDelta / 1e6:F1} MB, working set +{PeakWorkingSetDelta / 1e6:F1} MB";
}
