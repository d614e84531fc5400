using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace OpenData.Load.Allocations;

/// <summary>
/// The <c>analyze</c> command: the runtime's AllocationTick events (one about every 100 KB allocated, with the amount
/// since the last one, the type that crossed the line and the managed stack) summed by type, by the allocating method
/// (the first frame), by method anywhere on the stack (inclusive) and by type and allocating method together.
/// With --requests N the sampled bytes are also given per request; with --bytes B (the bytes per request the measure
/// command printed) each share is given as bytes per request.
/// </summary>
internal static class TraceSummary
{
    public static int Run(Options options)
    {
        var file = options.Positional.Count > 0 ? options.Positional[0] : throw new ArgumentException("analyze TRACE.nettrace");
        var requests = options.Number("requests", 0);
        var perRequest = options.Number("bytes", 0);
        var top = options.Number("top", 30);
        var byType = new Dictionary<string, long>();
        var byLeaf = new Dictionary<string, long>();
        var inclusive = new Dictionary<string, long>();
        var byTypeAndSite = new Dictionary<string, long>();
        var byOwner = new Dictionary<string, long>();
        long total = 0;
        var samples = 0;

        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        try
        {
            using var log = new TraceLog(etlx);
            var source = log.Events.GetSource();
            source.Clr.GCAllocationTick += data =>
            {
                var amount = data.AllocationAmount64;
                total += amount;
                samples++;
                var type = data.TypeName ?? "?";
                Add(byType, type, amount);
                var frames = Frames(data.CallStack());
                var site = Site(frames);
                Add(byLeaf, site, amount);
                Add(byTypeAndSite, type + "  <-  " + site, amount);
                Add(byOwner, Owners.Of(site, frames), amount);
                foreach (var method in frames.Distinct())
                {
                    Add(inclusive, method, amount);
                }
            };
            source.Process();
        }
        finally
        {
            File.Delete(etlx);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{samples} AllocationTick samples, {total / 1024.0 / 1024.0:F1} MiB sampled"));
        if (perRequest > 0)
        {
            // Shares as bytes of the measured request: the same tables with "bytes/request" = share × B.
            requests = (int)Math.Max(1, total / perRequest);
        }

        Print("by type", byType, total, requests, top);
        Print("by allocating site (first frame outside the runtime's allocation helpers and collections)", byLeaf, total, requests, top);
        Print("by type and site", byTypeAndSite, total, requests, top);
        Print("by owner (area of the allocating site  <-  nearest frame of this repository)", byOwner, total, requests, top);
        Print("inclusive, by method on the stack", inclusive, total, requests, top * 3);
        return 0;
    }

    private static void Add(Dictionary<string, long> table, string key, long amount) =>
        table[key] = table.GetValueOrDefault(key) + amount;

    private static List<string> Frames(TraceCallStack? stack)
    {
        var frames = new List<string>();
        for (var frame = stack; frame is not null && frames.Count < 200; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName;
            frames.Add(string.IsNullOrEmpty(name) ? "?" : name);
        }

        return frames;
    }

    /// <summary>The first frame that is not the allocator itself or a collection growing (what asked for the memory).</summary>
    private static string Site(List<string> frames)
    {
        string[] plumbing =
        [
            "System.Collections.Generic.", "System.Linq.", "System.String.", "System.Text.StringBuilder", "System.Array.",
            "System.Buffers.", "System.Runtime.", "System.GC.", "System.Number", "System.Threading.Tasks.", "?",
            "System.Collections.Concurrent.", "System.Enum.", "System.RuntimeType", "System.Activator", "System.SZArrayHelper",
        ];
        var leaf = frames.FirstOrDefault(f => !plumbing.Any(p => f.StartsWith(p, StringComparison.Ordinal)));
        return leaf ?? frames.FirstOrDefault() ?? "?";
    }

    private static void Print(string title, Dictionary<string, long> table, long total, int requests, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine(requests > 0 ? "| share | bytes/request | what |" : "| share | what |");
        Console.WriteLine(requests > 0 ? "|---:|---:|---|" : "|---:|---|");
        foreach (var (key, amount) in table.OrderByDescending(p => p.Value).Take(top))
        {
            var share = 100.0 * amount / Math.Max(1, total);
            Console.WriteLine(requests > 0
                ? string.Create(CultureInfo.InvariantCulture, $"| {share:F1}% | {amount / (double)requests:F0} | {key.Replace("|", "\\|", StringComparison.Ordinal)} |")
                : string.Create(CultureInfo.InvariantCulture, $"| {share:F1}% | {key.Replace("|", "\\|", StringComparison.Ordinal)} |"));
        }
    }
}
