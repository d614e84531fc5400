using System.Globalization;

namespace OpenData.Load;

/// <summary>What one concurrency level measured, per kind of query and in total.</summary>
internal sealed record LevelResult(int Concurrency, TimeSpan Elapsed, IReadOnlyList<KindResult> Kinds)
{
    public int Requests => Kinds.Sum(k => k.Requests);

    public int Errors => Kinds.Sum(k => k.Errors);

    public double Throughput => Requests / Elapsed.TotalSeconds;

    /// <summary>Server CPU time (user + system) per request of the measured phase, in ms; null without a server pid.</summary>
    public double? CpuPerRequest { get; init; }

    /// <summary>Bytes the server allocated per request in the measured phase (dotnet-counters); null when not measured.</summary>
    public double? AllocatedPerRequest { get; init; }

    /// <summary>CPU time of the database's backend processes per request (PostgreSQL, --db-connection), in ms; null when not measured.</summary>
    public double? DatabaseCpuPerRequest { get; init; }
}

/// <summary>Requests, errors, throughput (requests per second of the level) and latency percentiles of one kind.</summary>
internal sealed record KindResult(string Name, int Requests, int Errors, double Throughput, double P50, double P99)
{
    public static KindResult From(string name, List<Sample> samples, TimeSpan elapsed)
    {
        var latencies = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new KindResult(name, samples.Count, samples.Count(s => !s.Ok), samples.Count / elapsed.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>Nearest-rank percentile; 0 for no samples.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Tsv(string label, string scenario, int concurrency) => string.Create(CultureInfo.InvariantCulture,
        $"{label}\t{scenario}\t{concurrency}\t{Name}\t{Requests}\t{Errors}\t{Throughput:F1}\t{P50:F2}\t{P99:F2}");
}
