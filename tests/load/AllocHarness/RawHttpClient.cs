using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenData.Load.Allocations;

/// <summary>
/// A blocking HTTP/1.1 client on one keep-alive socket: pre-encoded POST requests, answers read into one reused buffer.
/// It runs on the calling thread only, so what it allocates is that thread's and can be told apart from the server's.
/// </summary>
internal sealed class RawHttpClient : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthHeader = "\r\ncontent-length:"u8.ToArray();
    private static readonly byte[] LastChunk = "\r\n0\r\n\r\n"u8.ToArray();
    private readonly Socket _socket;
    private byte[] _buffer = new byte[1 << 16];

    public RawHttpClient(int port)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        Port = port;
    }

    public int Port { get; }

    /// <summary>The request for <paramref name="body"/>, headers and body in one array.</summary>
    public byte[] Request(byte[] body)
    {
        var head = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{Port}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    /// <summary>Sends one request and reads its answer; returns the body's span in the reused buffer and the status.</summary>
    public (int Status, ArraySegment<byte> Body) Send(byte[] request)
    {
        _socket.Send(request);
        var read = 0;
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, read).IndexOf(HeaderEnd)) < 0)
        {
            read += Receive(read);
        }

        var head = _buffer.AsSpan(0, headerEnd);
        var status = (head[9] - '0') * 100 + (head[10] - '0') * 10 + (head[11] - '0');
        var length = ContentLength(head);
        if (length < 0)
        {
            // A chunked answer (an error body written by another path): read to its last chunk, keep no body.
            while (!_buffer.AsSpan(0, read).EndsWith(LastChunk))
            {
                read += Receive(read);
            }

            return (status, default);
        }

        var total = headerEnd + HeaderEnd.Length + length;
        if (_buffer.Length < total)
        {
            Array.Resize(ref _buffer, total * 2);
        }

        while (read < total)
        {
            read += Receive(read);
        }

        return (status, new ArraySegment<byte>(_buffer, headerEnd + HeaderEnd.Length, length));
    }

    private int Receive(int offset)
    {
        if (offset == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var n = _socket.Receive(_buffer.AsSpan(offset));
        return n > 0 ? n : throw new IOException("the server closed the connection");
    }

    private static int ContentLength(ReadOnlySpan<byte> head)
    {
        Span<byte> lower = stackalloc byte[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            lower[i] = head[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(head[i] + 32) : head[i];
        }

        var at = ((ReadOnlySpan<byte>)lower).IndexOf(LengthHeader);
        if (at < 0)
        {
            return ((ReadOnlySpan<byte>)lower).IndexOf("\r\ntransfer-encoding: chunked"u8) >= 0
                ? -1
                : throw new InvalidOperationException("the answer has no Content-Length: " + Encoding.ASCII.GetString(head));
        }

        var value = 0;
        for (var i = at + LengthHeader.Length; i < lower.Length && lower[i] != '\r'; i++)
        {
            if (lower[i] is >= (byte)'0' and <= (byte)'9')
            {
                value = value * 10 + (lower[i] - '0');
            }
        }

        return value;
    }

    public void Dispose() => _socket.Dispose();
}
