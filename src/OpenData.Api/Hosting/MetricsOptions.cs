namespace OpenData.Api.Hosting;

/// <summary>The Prometheus endpoint (configuration section "Metrics").</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Whether <see cref="Path"/> serves the metrics in Prometheus' text format.</summary>
    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";
}
