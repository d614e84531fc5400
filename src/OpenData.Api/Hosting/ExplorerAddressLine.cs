using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OpenData.Api.Hosting;

/// <summary>Once the server listens, logs in Spanish where to open the explorer: <c>Explorador: http://localhost:5080/</c>.</summary>
public static partial class ExplorerAddressLine
{
    public static WebApplication LogExplorerAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenData.Api");
            if (addresses?.FirstOrDefault() is { } address && logger.IsEnabled(LogLevel.Information))
            {
                var url = Browsable(address);
                Explorer(logger, url);
            }
        });
        return app;
    }

    /// <summary>The address a browser on this machine opens: a wildcard host (0.0.0.0, [::], +, *) becomes localhost.</summary>
    public static string Browsable(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = address.LastIndexOf(':');
        if (schemeEnd < 3 || hostEnd < schemeEnd)
        {
            return address.TrimEnd('/') + "/";
        }

        var host = address[schemeEnd..hostEnd];
        var browsable = host is "0.0.0.0" or "[::]" or "+" or "*" ? "localhost" : host;
        return string.Concat(address.AsSpan(0, schemeEnd), browsable, address.AsSpan(hostEnd).TrimEnd('/'), "/");
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Explorador: {Url}")]
    private static partial void Explorer(ILogger logger, string url);
}
