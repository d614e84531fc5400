using Microsoft.AspNetCore.Server.Kestrel.Core;

using OpenData.Api.Errors;

namespace OpenData.Api.Hosting;

/// <summary>Applies <see cref="ServerLimitsOptions"/> to Kestrel after checking the file-descriptor budget.</summary>
internal static class ServerLimits
{
    public static void Apply(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(ServerLimitsOptions.Section).Get<ServerLimitsOptions>() ?? new ServerLimitsOptions();
        if (limits.MaxConcurrentConnections <= 0 || limits.KeepAliveTimeout <= TimeSpan.Zero || limits.RequestHeadersTimeout <= TimeSpan.Zero
            || limits.MinRequestBodyBytesPerSecond <= 0 || limits.MinResponseBytesPerSecond <= 0 || limits.FileDescriptorReserve < 0
            || limits.MinDataRateGracePeriod <= TimeSpan.FromSeconds(1))
        {
            throw new StartupFailureException(StartupMessages.InvalidConfiguration(
                "Server: MaxConcurrentConnections, los tiempos y las tasas mínimas deben ser positivos, y MinDataRateGracePeriod mayor que 1 s"));
        }

        FileDescriptorBudget.Check(limits);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = limits.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.MaxConcurrentConnections;
            kestrel.Limits.KeepAliveTimeout = limits.KeepAliveTimeout;
            kestrel.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, limits.MinDataRateGracePeriod);
            kestrel.Limits.MinResponseDataRate = new MinDataRate(limits.MinResponseBytesPerSecond, limits.MinDataRateGracePeriod);
        });
    }
}
