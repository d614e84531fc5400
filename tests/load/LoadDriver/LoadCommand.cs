using System.Globalization;

namespace OpenData.Load;

/// <summary>
/// <c>load</c>: runs the scenario at each concurrency level and prints, per level and kind, requests,
/// errors, throughput and p50/p99 latency, plus the server's peak RSS when <c>--pid</c> is given and the CPU of the
/// PostgreSQL backends of the database of <c>--db-connection</c> when it is given (<see cref="DatabaseCpu"/>).
/// Appends tab-separated rows to <c>--results</c> for the report.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(DriverOptions options)
    {
        var url = options.LoopbackUrl("url");
        var scenario = options.Text("scenario", "mix");
        var label = options.Text("label", "api");
        var warmup = TimeSpan.FromSeconds(options.Number("warmup", 3));
        var duration = TimeSpan.FromSeconds(options.Number("duration", 10));
        var maxRequests = options.Number("max-requests", 200_000);
        var pid = options.Number("pid", 0);
        var results = options.Text("results", "");
        var levels = options.Levels();

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = levels.Max(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var kinds = scenario switch
        {
            // The deep-page cursors and node ids are read from --prepare-url (the API) when the target (the baseline) cannot answer them.
            "mix" => await QueryMix.AllAsync(http, options.Text("prepare-url", "") is { Length: > 0 } prepare ? options.LoopbackUrl("prepare-url") : url,
                options.Flag("with-search"), options.Flag("with-aggregates")).ConfigureAwait(false),
            "filtered" => [QueryMix.Filtered()],
            _ => throw new ArgumentException($"unknown scenario '{scenario}'"),
        };

        var only = options.Text("only", "");
        if (only.Length > 0)
        {
            kinds = [.. kinds.Where(k => k.Name.StartsWith(only, StringComparison.Ordinal))];
        }

        var runner = new LoadRunner(http, url, kinds);
        var database = options.Text("db-connection", "") is { Length: > 0 } db ? new DatabaseCpu(db) : null;
        var errors = 0;
        foreach (var level in levels)
        {
            var result = await runner.RunAsync(
                level, warmup, duration, maxRequests, () => ServerProcess.CpuMilliseconds(pid),
                options.Flag("with-allocations") ? () => AllocationMeter.Start(pid, (int)duration.TotalSeconds) : null, database).ConfigureAwait(false);
            errors += result.Errors;
            var memory = ServerProcess.Memory(pid);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} {scenario} c={level}: {result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s, {result.Throughput:F1} req/s, {result.Errors} errors{(result.CpuPerRequest is { } cpu ? $", server CPU {cpu:F3} ms/req" : "")}{(result.AllocatedPerRequest is { } bytes ? $", {bytes / 1024:F1} KB allocated/req" : "")}{(result.DatabaseCpuPerRequest is { } dbCpu ? $", database CPU {dbCpu:F3} ms/req" : "")}{(memory is { } m ? $", server peak RSS {m.PeakMiB:F0} MiB (now {m.CurrentMiB:F0})" : "")}"));
            foreach (var kind in result.Kinds)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {kind.Name,-22} {kind.Requests,7} req {kind.Throughput,8:F1} req/s  p50 {kind.P50,7:F2} ms  p99 {kind.P99,8:F2} ms  errors {kind.Errors}"));
            }

            if (results.Length > 0)
            {
                var rows = result.Kinds.Select(k => k.Tsv(label, scenario, level)).ToList();
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{label}\t{scenario}\t{level}\tall\t{result.Requests}\t{result.Errors}\t{result.Throughput:F1}\t\t\t{memory?.PeakMiB:F0}\t{result.CpuPerRequest:F3}\t{result.AllocatedPerRequest:F0}\t{result.DatabaseCpuPerRequest:F3}"));
                await File.AppendAllLinesAsync(results, rows).ConfigureAwait(false);
            }
        }

        return errors == 0 ? 0 : 1;
    }
}
