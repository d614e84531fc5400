namespace OpenData.Api.Hosting;

/// <summary>
/// Kestrel's connection limits and timeouts (configuration section "Server"), sized for a small machine: idle and
/// slow connections are closed before they can exhaust the process's file descriptors, and the descriptor budget is
/// checked at start-up (<see cref="FileDescriptorBudget"/>).
/// </summary>
public sealed class ServerLimitsOptions
{
    public const string Section = "Server";

    /// <summary>Open connections at most; further ones are closed as soon as they are accepted.</summary>
    public long MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>How long a connection may stay open without a request (also before its first request).</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send a request's headers.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Slowest accepted request body (bytes per second, after <see cref="MinDataRateGracePeriod"/>); slower bodies get 408.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Slowest accepted reader of a response (bytes per second, after <see cref="MinDataRateGracePeriod"/>); slower ones are disconnected.</summary>
    public double MinResponseBytesPerSecond { get; set; } = 240;

    /// <summary>The grace period of both minimum data rates.</summary>
    public TimeSpan MinDataRateGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Descriptors kept for everything but connections (database files, logs, the runtime).</summary>
    public int FileDescriptorReserve { get; set; } = 256;
}
