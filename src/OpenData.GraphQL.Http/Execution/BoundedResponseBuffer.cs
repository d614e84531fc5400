using System.Buffers;
using System.Diagnostics;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// Where a result is serialized before it is sent: at most <c>maxBytes</c>, and the writer is stopped as soon as the
/// <see cref="Stopwatch"/> timestamp <c>deadline</c> passes (<see cref="WriteDeadlineException"/>) or the client goes away
/// (it asks for memory every few kilobytes, which is where all three are checked). So the execution time limit also
/// covers writing the answer, and an answer too large is refused before a byte is sent. A timestamp, not a timer: no
/// timer to start and stop for every request.
/// </summary>
internal sealed class BoundedResponseBuffer(int maxBytes, long deadline, CancellationToken requestAborted) : IBufferWriter<byte>, IDisposable
{
    private const int Slice = 16 * 1024;

    // Pooled: an answer's bytes live only until they are sent (the owner disposes the buffer then).
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Slice);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Check(sizeHint);
        var wanted = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < wanted)
        {
            Grow(wanted);
        }

        var memory = _buffer.AsMemory(_written);
        return memory.Length > Slice && sizeHint <= Slice ? memory[..Slice] : memory;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int wanted)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max((long)_buffer.Length * 2, (long)_written + wanted), Array.MaxLength));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void Check(int sizeHint)
    {
        requestAborted.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > deadline)
        {
            throw new WriteDeadlineException();
        }

        if ((long)_written + Math.Max(sizeHint, 1) > maxBytes)
        {
            throw new ResponseTooLargeException();
        }
    }
}

/// <summary>The serialized result would be larger than <see cref="GraphQLHttpOptions.MaxResponseBytes"/>.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException()
        : base("The response is larger than allowed.")
    {
    }
}

/// <summary>The execution time limit passed while the result was being written.</summary>
internal sealed class WriteDeadlineException : Exception
{
    public WriteDeadlineException()
        : base("The execution time limit passed while the answer was written.")
    {
    }
}
