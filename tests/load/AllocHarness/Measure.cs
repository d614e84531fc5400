using System.Globalization;
using System.Text;
using OpenData.Api.Hosting;

namespace OpenData.Load.Allocations;

/// <summary>The <c>measure</c> command: the API in this process, each shape sent N times per round from one socket.</summary>
internal static class Measure
{
    public static async Task<int> RunAsync(Options options)
    {
        var db = options.Text("db") ?? throw new ArgumentException("--db FILE is required");
        var port = options.Number("port", 5897);
        var n = options.Number("n", 2000);
        var warmup = options.Number("warmup", 1000);
        var rounds = options.Number("rounds", 3);
        var names = (options.Text("shapes") ?? "first,filtered,deep,node").Split(',');
        var answers = options.Text("answers");

        var app = ApiHost.Build(
        [
            "--urls", $"http://127.0.0.1:{port}",
            $"--Database:Path={Path.GetFullPath(db)}",
            "--Database:BuildOnStart=false",
            "--Database:IntegrityCheckOnStart=false",
            "--GraphQL:Http:RateLimitingEnabled=false",
            // A cold statement on a loaded machine can take more than the default 10 s: not a failure to measure.
            "--GraphQL:Http:ExecutionTimeout=00:02:00",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient();
            var url = new Uri($"http://127.0.0.1:{port}/graphql");
            var shapes = new List<Shape>();
            foreach (var name in names)
            {
                shapes.Add(await Shapes.LoadAsync(name, http, url));
            }

            // The API compares the stored layout with its own 10 s after start: leave it out of the figures.
            await Task.Delay(TimeSpan.FromSeconds(options.Number("settle", 12)));
            Console.WriteLine($"pid {Environment.ProcessId}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
            Console.WriteLine("| shape | requests/round | server bytes/request (median, min–max of rounds) | client bytes/request | CPU µs/request (median, process) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            using var client = new RawHttpClient(port);
            foreach (var shape in shapes)
            {
                var requests = shape.Bodies.Select(client.Request).ToArray();
                Run(client, requests, warmup, shape.Name, answers);
                var results = Enumerable.Range(0, rounds).Select(_ => Round(client, requests, n)).ToList();
                var bytes = results.Select(r => r.ServerBytes).Order().ToList();
                var median = bytes[bytes.Count / 2];
                var cpu = results.Select(r => r.CpuMicroseconds).Order().ElementAt(results.Count / 2);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {shape.Name} | {n} | {median:F0} ({bytes[0]:F0}–{bytes[^1]:F0}) | {results.Max(r => r.ClientBytes):F0} | {cpu:F0} |"));
            }

            if (options.Number("hold", 0) is var hold and > 0)
            {
                var requests = shapes[0].Bodies.Select(client.Request).ToArray();
                Console.WriteLine($"holding {shapes[0].Name} for {hold} s (pid {Environment.ProcessId})");
                var until = DateTime.UtcNow.AddSeconds(hold);
                var count = 0;
                while (DateTime.UtcNow < until)
                {
                    Round(client, requests, 200);
                    count += 200;
                }

                Console.WriteLine($"held: {count} requests");
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        return 0;
    }

    private sealed record RoundResult(double ServerBytes, double ClientBytes, double CpuMicroseconds);

    private static RoundResult Round(RawHttpClient client, byte[][] requests, int n)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var cpu = Cpu.Now();
        var total = GC.GetTotalAllocatedBytes(precise: true);
        var mine = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < n; i++)
        {
            var (status, _) = client.Send(requests[i % requests.Length]);
            if (status != 200)
            {
                throw new InvalidOperationException($"status {status}");
            }
        }

        var clientBytes = GC.GetAllocatedBytesForCurrentThread() - mine;
        var serverBytes = GC.GetTotalAllocatedBytes(precise: true) - total - clientBytes;
        var elapsedCpu = Cpu.Now() - cpu;
        return new((double)serverBytes / n, (double)clientBytes / n, elapsedCpu.TotalMicroseconds / n);
    }

    /// <summary>Warms the shape up; with <paramref name="answers"/>, checks that every request answers as it did the first time and writes each distinct answer once, in request order.</summary>
    private static void Run(RawHttpClient client, byte[][] requests, int count, string name, string? answers)
    {
        // The first answers of a cold shape may time out on a loaded machine (503): they are sent again, at most 20 times.
        var written = answers is null ? null : new string?[requests.Length];
        var refused = 0;
        for (var i = 0; i < count || (written is not null && written.Any(a => a is null)); i++)
        {
            var (status, body) = client.Send(requests[i % requests.Length]);
            if (status == 503 && ++refused <= 20)
            {
                continue;
            }

            if (status != 200 || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
            {
                throw new InvalidOperationException($"{name}: status {status}: {Encoding.UTF8.GetString(body)}");
            }

            if (written is not null)
            {
                // Every later answer of a request (its document known by then) must be its first one, byte for byte.
                var text = Encoding.UTF8.GetString(body);
                if ((written[i % requests.Length] ??= text) != text)
                {
                    throw new InvalidOperationException($"{name}: request {i % requests.Length} answered differently: {text}");
                }
            }
        }

        if (answers is not null)
        {
            Directory.CreateDirectory(answers);
            File.WriteAllLines(Path.Combine(answers, name + ".txt"), written!.Select(a => a!));
        }
    }
}
