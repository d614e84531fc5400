namespace OpenData.Api.Hosting;

/// <summary>
/// Rate limits of everything but <c>/graphql</c> (which has its own, <c>GraphQL:Http:RateLimit*</c>), per client
/// address (configuration section "RateLimiting"): downloads (<c>/export/*</c>, <c>/catalog.json</c>) have their own,
/// smaller budget; every other path (explorer, health, metrics) shares the other.
/// </summary>
public sealed class RequestRateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Download requests one address may make per <see cref="DownloadWindow"/>.</summary>
    public int DownloadPermits { get; set; } = 60;

    public TimeSpan DownloadWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Other requests one address may make per <see cref="Window"/>.</summary>
    public int Permits { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
