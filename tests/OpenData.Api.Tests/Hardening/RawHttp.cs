using System.Net.Sockets;
using System.Text;

namespace OpenData.Api.Tests.Hardening;

/// <summary>Raw HTTP/1.x over a TCP socket, for requests HttpClient will not send (no Host, broken chunking, a body one byte at a time).</summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="request"/> as is and reads until the server closes or a whole response has arrived.</summary>
    public static async Task<string> ExchangeAsync(Uri server, string request, TimeSpan? limit = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        return await ReadResponseAsync(stream, limit ?? TimeSpan.FromMinutes(1));
    }

    /// <summary>Reads what the server sends until it closes the connection or the limit passes (a generous bound, not a timing assertion).</summary>
    public static async Task<string> ReadResponseAsync(NetworkStream stream, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (IsComplete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // The server reset the connection or the bound passed: what arrived is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>The status code of a raw response, or 0 when none arrived.</summary>
    public static int Status(string response) =>
        response.StartsWith("HTTP/1.", StringComparison.Ordinal) && response.Length >= 12 ? int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static bool IsComplete(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = text[..end];
        var length = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null)
        {
            return data.Length - (Encoding.UTF8.GetByteCount(text[..end]) + 4) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return headers.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? text.EndsWith("0\r\n\r\n", StringComparison.Ordinal) : false;
    }
}
