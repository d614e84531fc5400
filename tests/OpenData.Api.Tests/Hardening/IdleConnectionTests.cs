using System.Net;
using System.Net.Sockets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 1 (idle connections exhaust the process), scaled down: with a connection limit of 20, three times as many
/// idle connections never hold more than 20 slots, the rest are closed at once, and the server answers again as soon
/// as the idle ones are gone (closed by the client or by the keep-alive timeout). Waits are polls with generous
/// bounds, never timing assertions.
/// </summary>
public sealed class IdleConnectionTests
{
    private const int Limit = 20;

    [Fact]
    public async Task Idle_connections_beyond_the_limit_are_closed_and_the_server_stays_healthy()
    {
        await using var host = await KestrelHost.StartAsync(
            await TestDataset.PathAsync(),
            ("Server:MaxConcurrentConnections", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Server:KeepAliveTimeout", "00:10:00"),
            ("Server:RequestHeadersTimeout", "00:10:00"));
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < Limit * 3; i++)
            {
                idle.Add(await host.ConnectAsync());
            }

            // The server closes every connection above the limit; the others stay open (their timeouts are long).
            var closed = await PollAsync(() => CountClosedAsync(idle), count => count >= Limit * 2);
            Assert.Equal(Limit * 2, closed);

            // While the slots are full a new request is refused rather than queued forever...
            var whileFull = await RawHttp.ExchangeAsync(host.Address, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Assert.Equal(0, RawHttp.Status(whileFull));
        }
        finally
        {
            foreach (var client in idle)
            {
                client.Dispose();
            }
        }

        // ...and once the idle clients are gone the server answers again.
        using var http = host.CreateClient();
        var status = await PollAsync(() => HealthzAsync(http), code => code == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Connections_that_never_send_a_request_are_closed_by_the_keep_alive_timeout()
    {
        await using var host = await KestrelHost.StartAsync(
            await TestDataset.PathAsync(),
            ("Server:MaxConcurrentConnections", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Server:KeepAliveTimeout", "00:00:01"));
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < Limit; i++)
            {
                idle.Add(await host.ConnectAsync());
            }

            var closed = await PollAsync(() => CountClosedAsync(idle), count => count == Limit);
            Assert.Equal(Limit, closed);
        }
        finally
        {
            foreach (var client in idle)
            {
                client.Dispose();
            }
        }

        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await PollAsync(() => HealthzAsync(http), code => code == HttpStatusCode.OK));
    }

    private static async Task<HttpStatusCode> HealthzAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>How many of the connections the server has closed (a read returns end of stream or fails).</summary>
    private static async Task<int> CountClosedAsync(List<TcpClient> clients)
    {
        var closed = 0;
        foreach (var client in clients)
        {
            var socket = client.Client;
            if (!socket.Poll(0, SelectMode.SelectRead))
            {
                continue;
            }

            try
            {
                var buffer = new byte[1];
                closed += await socket.ReceiveAsync(buffer, SocketFlags.Peek) == 0 ? 1 : 0;
            }
            catch (SocketException)
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>Repeats <paramref name="probe"/> until <paramref name="done"/> holds or a generous bound passes; returns the last value.</summary>
    private static async Task<T> PollAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            value = await probe();
        }

        return value;
    }
}
