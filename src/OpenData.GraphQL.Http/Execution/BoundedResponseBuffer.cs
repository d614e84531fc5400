using System.Buffers;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// Where a result is serialized before it is sent: at most <c>maxBytes</c>, and the serializer is stopped as soon
/// as <c>deadline</c> passes (it asks for memory every few kilobytes, which is where both are checked). So the
/// execution time limit also covers writing the answer, and an answer too large is refused before a byte is sent.
/// </summary>
internal sealed class BoundedResponseBuffer(int maxBytes, CancellationToken deadline) : IBufferWriter<byte>
{
    private const int Slice = 16 * 1024;
    private readonly ArrayBufferWriter<byte> _inner = new(Slice);

    public ReadOnlyMemory<byte> WrittenMemory => _inner.WrittenMemory;

    public void Advance(int count) => _inner.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Check(sizeHint);
        var memory = _inner.GetMemory(sizeHint);
        return memory.Length > Slice && sizeHint <= Slice ? memory[..Slice] : memory;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    private void Check(int sizeHint)
    {
        deadline.ThrowIfCancellationRequested();
        if ((long)_inner.WrittenCount + Math.Max(sizeHint, 1) > maxBytes)
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
