using System.Diagnostics;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// A download read to its end in 80 KiB chunks (never held) while a sampler records, every 10 ms, the managed
/// heap (allocated, and live as of the last GC) and the process working set above what they were before.
/// </summary>
public sealed record DownloadMeasurement(long Bytes, long PeakHeapDelta, long PeakLiveHeapDelta, long PeakWorkingSetDelta, TimeSpan Elapsed)
{
    public static async Task<DownloadMeasurement> RunAsync(HttpClient client, string path)
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
        using (var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
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
