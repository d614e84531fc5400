using Microsoft.AspNetCore.Builder;
using OpenData.Api.Hosting;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Browser;

/// <summary>The API on real Kestrel, on 127.0.0.1 with a port the OS picks, over the test dataset: what a browser can reach.</summary>
public sealed class KestrelApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelApi(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<KestrelApi> StartAsync()
    {
        var app = ApiHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Database:Path", await TestDataset.PathAsync(),
            "--Database:BuildOnStart", "false",
            "--GraphQL:Http:RateLimitingEnabled", "false",
            "--Logging:LogLevel:Default", "Warning",
            "--RateLimiting:Enabled", "false",
        ]);
        await app.StartAsync();
        return new KestrelApi(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
