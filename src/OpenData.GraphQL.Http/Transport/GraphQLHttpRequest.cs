using System.Buffers;
using System.Text.Json;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>
/// A well-formed GraphQL-over-HTTP request: its parameters, with <c>variables</c> and <c>extensions</c> still JSON.
/// A POST request's JSON elements live in its parsed body (no copy): they are valid until the request is disposed,
/// which gives the body back to the pool.
/// </summary>
internal sealed class GraphQLHttpRequest(string? query, string? operationName, JsonElement? variables, JsonElement? extensions) : IDisposable
{
    private JsonDocument? _document;
    private byte[]? _body;

    public string? Query { get; } = query;

    public string? OperationName { get; } = operationName;

    public JsonElement? Variables { get; } = variables;

    public JsonElement? Extensions { get; } = extensions;

    /// <summary>The request over <paramref name="document"/>, parsed from the pooled <paramref name="body"/>; both are released by <see cref="Dispose"/>.</summary>
    public static GraphQLHttpRequest Over(
        JsonDocument document, byte[] body, string? query, string? operationName, JsonElement? variables, JsonElement? extensions) =>
        new(query, operationName, variables, extensions) { _document = document, _body = body };

    public void Dispose()
    {
        Interlocked.Exchange(ref _document, null)?.Dispose();
        if (Interlocked.Exchange(ref _body, null) is { } body)
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }
}
