using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace OpenData.Load;

/// <summary>
/// <c>startup</c>: starts the API (<c>dotnet OpenData.Api.dll</c>) on a loopback port over a built database, and
/// times process start to the first successful GraphQL answer, polling every 5 ms for at most 30 s, and the CPU time the
/// process had used by then (user + system, /proc/&lt;pid&gt;/stat: less dependent on a shared machine's load than the wall
/// time). Repeats <c>--runs</c> times, stopping each server it started, and prints every run and the medians.
/// </summary>
internal static class StartupCommand
{
    private const string Probe = "{ dataset { version isSynthetic } }";

    public static async Task<int> RunAsync(DriverOptions options)
    {
        var dll = Path.GetFullPath(options.Text("dll"));
        var database = Path.GetFullPath(options.Text("db"));
        var runs = options.Number("runs", 5);
        var port = options.Number("port", 5899);
        var results = options.Text("results", "");
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/graphql"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        var times = new List<double>();
        var cpu = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var elapsed = await OnceAsync(http, dll, database, url).ConfigureAwait(false);
            if (elapsed is null)
            {
                await Console.Error.WriteLineAsync($"startup run {run}: no successful answer within 30 s").ConfigureAwait(false);
                return 1;
            }

            times.Add(elapsed.Value.Wall.TotalMilliseconds);
            cpu.Add(elapsed.Value.CpuMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup run {run}: {elapsed.Value.Wall.TotalMilliseconds:F0} ms to the first answer, {elapsed.Value.CpuMilliseconds:F0} ms of CPU"));
        }

        var median = times.Order().ElementAt(times.Count / 2);
        var cpuMedian = cpu.Order().ElementAt(cpu.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup median of {runs}: {median:F0} ms (min {times.Min():F0}, max {times.Max():F0}); CPU {cpuMedian:F0} ms (min {cpu.Min():F0}, max {cpu.Max():F0})"));
        if (results.Length > 0)
        {
            await File.AppendAllLinesAsync(results, [string.Create(CultureInfo.InvariantCulture, $"startup\t\t{runs}\tmedian\t\t\t{median:F0}\t{times.Min():F0}\t{times.Max():F0}\t{cpuMedian:F0}\t{cpu.Min():F0}\t{cpu.Max():F0}")]).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<(TimeSpan Wall, double CpuMilliseconds)?> OnceAsync(HttpClient http, string dll, string database, Uri url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", url.GetLeftPart(UriPartial.Authority) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["Database__Path"] = database;
        start.Environment["Database__BuildOnStart"] = "false";
        start.Environment["GraphQL__Http__RateLimitingEnabled"] = "false";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
            {
                if (await AnswersAsync(http, url).ConfigureAwait(false))
                {
                    var wall = watch.Elapsed;
                    return (wall, ServerProcess.CpuMilliseconds(process.Id) ?? double.NaN);
                }

                await Task.Delay(5).ConfigureAwait(false);
            }

            return null;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri url)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(url, new { query = Probe }).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return response.IsSuccessStatusCode && text.Contains("\"version\":", StringComparison.Ordinal) && !text.Contains("\"errors\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            // A probe that took longer than the client's timeout (a busy machine): poll again, within the 30 s bound.
            return false;
        }
    }
}
