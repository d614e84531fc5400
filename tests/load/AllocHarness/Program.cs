using System.Diagnostics;
using System.Globalization;
using OpenData.Load.Allocations;

// Usage:
//   dotnet AllocHarness.dll measure --db FILE | --pg CONNECTION [--shapes first,filtered,deep,node,relation,search] [--n 2000] [--warmup 1000] [--rounds 3]
//                                   [--port 5897] [--settle 12] [--answers DIR] [--hold SECONDS]
//   dotnet AllocHarness.dll analyze TRACE.nettrace [--requests N] [--top 30]
// measure serves the API in this process (Kestrel on 127.0.0.1) over the SQLite file, or with --pg over the PostgreSQL
// dataset of an Npgsql connection string (Database:Provider=Postgres, as run.sh's PROVIDER=Postgres), and prints, per shape, the bytes the
// server allocated per request (GC.GetTotalAllocatedBytes(true), less what the client thread allocated) and the
// process's CPU time per request (client included), as the median of the rounds. --answers writes every distinct
// answer of each shape to DIR/SHAPE.txt (to compare two builds byte for byte). --hold runs the first shape for that
// many seconds after the rounds, for a dotnet-trace session attached to this process (its pid is printed).
// analyze reads a trace collected with AllocationTick events (dotnet-trace --profile gc-verbose, or the provider
// Microsoft-Windows-DotNETRuntime:0x1:5) and prints the sampled bytes by type and by call site.
var command = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
return command switch
{
    "measure" => await Measure.RunAsync(options),
    "analyze" => TraceSummary.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: AllocHarness measure --db FILE [...] | analyze TRACE.nettrace [...] (see Program.cs)");
    return 2;
}

/// <summary>Parsed "--name value" pairs and the positional arguments.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _named = [];
    private readonly List<string> _positional = [];

    public IReadOnlyList<string> Positional => _positional;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options._named[args[i][2..]] = args[++i];
            }
            else
            {
                options._positional.Add(args[i]);
            }
        }

        return options;
    }

    public string? Text(string name) => _named.TryGetValue(name, out var value) ? value : null;

    public int Number(string name, int fallback) =>
        _named.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>Process CPU time, for a rough per-request figure.</summary>
internal static class Cpu
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
