namespace OpenData.Api.Health;

/// <summary>Liveness: the process is up and answering HTTP.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealth(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new HealthStatus("ok", AppVersion.Current)))
            .WithName("Healthz");
        return endpoints;
    }
}

/// <summary>The body of GET /healthz.</summary>
public sealed record HealthStatus(string Status, string Version);
