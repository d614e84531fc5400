using OpenData.GraphQL.Http.Observability;
using OpenTelemetry.Metrics;

namespace OpenData.Api.Hosting;

/// <summary>
/// OpenTelemetry metrics with a Prometheus scraping endpoint: the endpoint's own instruments
/// (<see cref="GraphQLHttpMetrics"/>: GraphQL requests and latency, errors by code, unexpected failures, rate-limit
/// refusals, cache hits) and ASP.NET Core's (every HTTP request's count and duration by route and status, Kestrel's
/// connections, including those rejected by the connection limit).
/// </summary>
internal static class Metrics
{
    public static void Add(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return;
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(GraphQLHttpMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
    }

    public static void Map(WebApplication app)
    {
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(options.Path);
        }
    }
}
