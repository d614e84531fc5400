using System.Diagnostics;
using System.Net.Http.Headers;

namespace OpenData.Load;

/// <summary>
/// Runs closed-loop workers against one URL: each worker sends the kinds of the mix in turn, waiting for
/// each answer. A warm-up runs first and is not recorded; the measured phase stops at its duration or
/// when the level has sent <c>maxRequests</c>, whichever comes first.
/// </summary>
internal sealed class LoadRunner(HttpClient http, Uri url, IReadOnlyList<QueryKind> kinds)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>One level; <paramref name="serverCpu"/> reads the server's CPU time (ms) before and after the measured phase.</summary>
    /// <paramref name="allocations"/> starts an allocation meter for the measured phase (null: none); <paramref name="database"/>
    /// measures the database's backends over the same phase (null: none).
    public async Task<LevelResult> RunAsync(
        int concurrency, TimeSpan warmup, TimeSpan duration, int maxRequests, Func<double?> serverCpu, Func<AllocationMeter?>? allocations = null,
        DatabaseCpu? database = null)
    {
        await PhaseAsync(concurrency, warmup, maxRequests, record: false).ConfigureAwait(false);
        var meter = allocations?.Invoke();
        var databaseBefore = database?.Snapshot();
        var cpuBefore = serverCpu();
        var watch = Stopwatch.StartNew();
        var samples = await PhaseAsync(concurrency, duration, maxRequests, record: true).ConfigureAwait(false);
        var elapsed = watch.Elapsed;
        var cpu = serverCpu() - cpuBefore;
        var databaseCpu = databaseBefore is null ? (double?)null : database!.Since(databaseBefore);
        var bytesPerSecond = meter is null ? null : await meter.BytesPerSecondAsync().ConfigureAwait(false);
        var throughput = samples.Count / elapsed.TotalSeconds;
        return new LevelResult(concurrency, elapsed, [.. kinds.Select((k, i) => KindResult.From(k.Name, samples.Where(s => s.Kind == i).ToList(), elapsed))])
        {
            CpuPerRequest = cpu / Math.Max(1, samples.Count),
            AllocatedPerRequest = bytesPerSecond / Math.Max(1, throughput),
            DatabaseCpuPerRequest = databaseCpu / Math.Max(1, samples.Count),
        };
    }

    private async Task<List<Sample>> PhaseAsync(int concurrency, TimeSpan length, int maxRequests, bool record)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var samples = new List<Sample>();
            for (var i = 0; Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref sent) <= maxRequests; i++)
            {
                var kind = (worker + i) % kinds.Count;
                var start = Stopwatch.GetTimestamp();
                var ok = await SendAsync(kinds[kind].Body(i / kinds.Count + worker)).ConfigureAwait(false);
                if (record)
                {
                    samples.Add(new Sample(kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok));
                }
            }

            return samples;
        })).ToList();
        var all = await Task.WhenAll(workers).ConfigureAwait(false);
        return [.. all.SelectMany(s => s)];
    }

    /// <summary>True for a 200 whose body has data, no errors and no empty page.</summary>
    private async Task<bool> SendAsync(byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(url, content).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return response.IsSuccessStatusCode
                && text.StartsWith("{\"data\":", StringComparison.Ordinal)
                && !text.Contains("\"errors\":", StringComparison.Ordinal)
                && !text.Contains("\"nodes\":[]", StringComparison.Ordinal)
                && !text.Contains("\"node\":null", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}

internal readonly record struct Sample(int Kind, double Milliseconds, bool Ok);
