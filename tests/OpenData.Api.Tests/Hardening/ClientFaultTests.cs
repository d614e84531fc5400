using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 5 (client mistakes answered 500 with a logged stack trace), on real Kestrel over raw sockets: a body sent a
/// byte at a time gets 408, broken chunking 400, and odd Host headers on /catalog.json never a 5xx; the log holds no
/// exception for any of them.
/// </summary>
public sealed class ClientFaultTests
{
    [Fact]
    public async Task A_body_sent_too_slowly_gets_408_without_a_stack_trace()
    {
        await using var host = await KestrelHost.StartAsync(await TestDataset.PathAsync(), ("Server:MinDataRateGracePeriod", "00:00:02"));
        using var client = await host.ConnectAsync();
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"));

        // One byte every 300 ms (far below the 240 B/s minimum) until the server answers or closes.
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until && !client.Client.Poll(0, SelectMode.SelectRead))
        {
            try
            {
                await stream.WriteAsync(" "u8.ToArray());
            }
            catch (IOException)
            {
                break;
            }

            await Task.Delay(300);
        }

        var response = await RawHttp.ReadResponseAsync(stream, TimeSpan.FromSeconds(30));
        Assert.Equal(408, RawHttp.Status(response));
        Assert.Contains("REQUEST_TIMEOUT", response, StringComparison.Ordinal);
        AssertNoStackTraces(host);
    }

    [Fact]
    public async Task A_malformed_chunked_body_gets_400_without_a_stack_trace()
    {
        await using var host = await KestrelHost.StartAsync(await TestDataset.PathAsync());

        var response = await RawHttp.ExchangeAsync(host.Address,
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        Assert.Equal(400, RawHttp.Status(response));
        AssertNoStackTraces(host);
    }

    public static TheoryData<string> OddHosts() =>
    [
        "GET /catalog.json HTTP/1.1\r\nHost: x:99999\r\nConnection: close\r\n\r\n",
        "GET /catalog.json HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n",
        "GET /catalog.json HTTP/1.1\r\nHost: " + new string('a', 300) + "\r\nConnection: close\r\n\r\n",
        "GET /catalog.json HTTP/1.0\r\n\r\n",
    ];

    [Theory]
    [MemberData(nameof(OddHosts))]
    public async Task The_catalogue_with_an_odd_host_is_never_a_server_error(string request)
    {
        await using var host = await KestrelHost.StartAsync(await TestDataset.PathAsync());

        var response = await RawHttp.ExchangeAsync(host.Address, request);

        Assert.InRange(RawHttp.Status(response), 200, 499);
        AssertNoStackTraces(host);
    }

    private static void AssertNoStackTraces(KestrelHost host) =>
        Assert.DoesNotContain(host.Log.Entries, entry => entry.Exception is not null || entry.Level >= LogLevel.Error);
}
