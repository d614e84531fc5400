using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using OpenData.Api.Hosting;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// The API on real Kestrel on 127.0.0.1 (a port the OS picks) over a given database file, with extra settings and a
/// log capture: what a raw TCP client (idle sockets, slow or broken bodies, odd Host headers) can reach.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelHost(WebApplication app, Uri address, LogCapture log)
    {
        _app = app;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    public LogCapture Log { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<KestrelHost> StartAsync(string databasePath, params (string Key, string Value)[] settings)
    {
        var log = new LogCapture();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Database:Path", databasePath,
            "--Database:BuildOnStart", "false",
            "--GraphQL:Http:RateLimitingEnabled", "false",
            "--RateLimiting:Enabled", "false",
            .. settings.SelectMany(s => new[] { "--" + s.Key, s.Value }),
        ];
        var app = ApiHost.Build(args, builder => builder.Logging.AddProvider(log));
        await app.StartAsync();
        return new KestrelHost(app, new Uri(app.Urls.Single()), log);
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>A TCP connection to the server that has sent nothing yet.</summary>
    public async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(Address.Host, Address.Port);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
