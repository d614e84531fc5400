using System.Diagnostics;
using System.Globalization;

namespace OpenData.Load;

/// <summary>
/// The server's allocation rate during a measured phase, read with <c>dotnet-counters</c> (a local tool of tests/load:
/// <c>dotnet tool restore</c>) from the runtime's <c>dotnet.gc.heap.total_allocated</c> counter, once a second. Divided by
/// the phase's throughput it gives the bytes allocated per request.
/// </summary>
internal sealed class AllocationMeter
{
    private readonly Process _process;
    private readonly string _file;

    private AllocationMeter(Process process, string file) => (_process, _file) = (process, file);

    /// <summary>Starts a counter session on <paramref name="pid"/> for <paramref name="seconds"/>; null when it cannot start.</summary>
    public static AllocationMeter? Start(int pid, int seconds)
    {
        if (pid <= 0 || seconds < 2)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"opendata-load-counters-{pid}-{Guid.NewGuid():N}.csv");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(typeof(AllocationMeter).Assembly.Location) is { } bin ? Path.GetFullPath(Path.Combine(bin, "../../../..")) : ".",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            "dotnet-counters", "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--counters", "System.Runtime[dotnet.gc.heap.total_allocated]",
            "--format", "csv", "-o", file, "--refresh-interval", "1", "--duration", TimeSpan.FromSeconds(seconds - 1).ToString("c", CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            var process = Process.Start(start);
            return process is null ? null : new AllocationMeter(process, file);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Mean bytes allocated per second over the session (its first sample, a partial second, left out).</summary>
    public async Task<double?> BytesPerSecondAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            return null;
        }
        finally
        {
            _process.Dispose();
        }

        if (!File.Exists(_file))
        {
            return null;
        }

        var rates = (await File.ReadAllLinesAsync(_file).ConfigureAwait(false))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells.Length >= 5 && cells[2].StartsWith("dotnet.gc.heap.total_allocated", StringComparison.Ordinal))
            .Select(cells => double.Parse(cells[^1], CultureInfo.InvariantCulture))
            .Skip(1)
            .ToList();
        File.Delete(_file);
        return rates.Count == 0 ? null : rates.Average();
    }
}
