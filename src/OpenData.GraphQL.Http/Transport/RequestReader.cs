using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>
/// Reads a GraphQL-over-HTTP request from the query string (GET) or a JSON body (POST). A request that is
/// not well-formed yields a <see cref="RequestRefusal"/>; whether the document parses is not checked here.
/// </summary>
internal static class RequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // Recently read document texts, by a hash of their JSON bytes (see QueryMember): at most 64 strings of at most 8 KB.
    private const int RecentQuerySlots = 64;
    private const int RecentQueryMaxBytes = 8 * 1024;
    private static readonly string?[] RecentQueries = new string?[RecentQuerySlots];

    public static (GraphQLHttpRequest? Request, RequestRefusal? Refusal) ReadGet(HttpRequest request)
    {
        RequestRefusal? refusal = null;
        var query = Single(request.Query, "query", ref refusal);
        var operationName = Single(request.Query, "operationName", ref refusal);
        var variables = ParseMap(Single(request.Query, "variables", ref refusal), "variables", ref refusal);
        var extensions = ParseMap(Single(request.Query, "extensions", ref refusal), "extensions", ref refusal);
        return refusal is null ? (new GraphQLHttpRequest(query, operationName, variables, extensions), null) : (null, refusal);
    }

    /// <remarks>A value task: the body is usually in the server's buffers already, and a request read at once costs no task.</remarks>
    public static async ValueTask<(GraphQLHttpRequest? Request, RequestRefusal? Refusal)> ReadPostAsync(
        HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        var contentTypeRefusal = CheckContentType(request.ContentType);
        if (contentTypeRefusal is not null)
        {
            return (null, contentTypeRefusal);
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        var (body, length) = await ReadBodyAsync(request.Body, maxBodyBytes, request.ContentLength, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        JsonDocument? document = null;
        try
        {
            try
            {
                // A UTF-8 byte order mark is allowed before the JSON text (RFC 8259 lets parsers ignore it).
                var start = body.AsSpan(0, length).StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
                document = JsonDocument.Parse(body.AsMemory(start, length - start), JsonOptions);
            }
            catch (JsonException)
            {
                return (null, new RequestRefusal(
                    StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidJson, "The request body is not valid UTF-8 JSON."));
            }

            // A well-formed request keeps the document and the body (its elements are read from them, not copied) until
            // it is disposed; otherwise both are released here.
            var read = ReadBody(document.RootElement, document, body);
            if (read.Request is not null)
            {
                document = null;
                body = null;
            }

            return read;
        }
        finally
        {
            document?.Dispose();
            if (body is not null)
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    private static (GraphQLHttpRequest? Request, RequestRefusal? Refusal) ReadBody(JsonElement root, JsonDocument document, byte[] body)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return (null, new RequestRefusal(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.BatchingNotSupported,
                "Batched requests (a JSON array) are not supported: send one request object per HTTP request."));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, RequestRefusal.Malformed("The request body must be a JSON object."));
        }

        RequestRefusal? refusal = null;
        var query = QueryMember(root, ref refusal);
        var operationName = StringMember(root, "operationName", ref refusal);
        var variables = MapMember(root, "variables", ref refusal);
        var extensions = MapMember(root, "extensions", ref refusal);
        return refusal is null ? (GraphQLHttpRequest.Over(document, body, query, operationName, variables, extensions), null) : (null, refusal);
    }

    private static RequestRefusal? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return UnsupportedMediaType("A POST request must have the Content-Type application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var value)
            || !value.MediaType.Equals(ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"Content-Type '{contentType}' is not supported: send application/json.");
        }

        var charset = value.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"Charset '{charset}' is not supported: send UTF-8.");
        }

        return null;
    }

    /// <summary>
    /// The body in a pooled array (the first <c>Length</c> bytes; the caller returns it to <see cref="ArrayPool{T}.Shared"/>),
    /// or a null array when it is longer than <paramref name="maxBytes"/>.
    /// </summary>
    private static async ValueTask<(byte[]? Body, int Length)> ReadBodyAsync(Stream body, int maxBytes, long? contentLength, CancellationToken cancellationToken)
    {
        // One byte more than announced, to learn at once that the body ends where its Content-Length says.
        var limit = Math.Min((long)maxBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(contentLength is { } announced ? announced + 1 : 4096, limit));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, 0);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static string? Single(IQueryCollection query, string name, ref RequestRefusal? refusal)
    {
        var values = query.TryGetValue(name, out var found) ? found : StringValues.Empty;
        if (values.Count > 1)
        {
            refusal ??= RequestRefusal.Malformed($"The parameter '{name}' is given more than once.");
            return null;
        }

        // The spec: an empty parameter is the same as an absent one.
        return string.IsNullOrEmpty(values.ToString()) ? null : values.ToString();
    }

    private static JsonElement? ParseMap(string? json, string name, ref RequestRefusal? refusal)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            return MapValue(document.RootElement.Clone(), name, ref refusal);
        }
        catch (JsonException)
        {
            refusal ??= RequestRefusal.Malformed($"The parameter '{name}' must be a JSON object.");
            return null;
        }
    }

    private static string? StringMember(JsonElement root, string name, ref RequestRefusal? refusal)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            refusal ??= RequestRefusal.Malformed($"The member '{name}' must be a string.");
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // Valid JSON, but an escape such as \ud800 that is not valid Unicode.
            refusal ??= RequestRefusal.Malformed($"The member '{name}' is not a valid Unicode string.");
            return null;
        }
    }

    /// <summary>
    /// The <c>query</c> member as <see cref="StringMember"/> reads it; a text read recently is answered with the string
    /// read then (no new string: a client usually sends the same few documents again).
    /// </summary>
    private static string? QueryMember(JsonElement root, ref RequestRefusal? refusal)
    {
        if (!root.TryGetProperty("query", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return StringMember(root, "query", ref refusal);
        }

        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length > RecentQueryMaxBytes)
        {
            return StringMember(root, "query", ref refusal);
        }

        var hash = default(HashCode);
        hash.AddBytes(raw);
        var slot = hash.ToHashCode() & (RecentQuerySlots - 1);
        if (Volatile.Read(ref RecentQueries[slot]) is { } recent && SameText(value, recent))
        {
            return recent;
        }

        var query = StringMember(root, "query", ref refusal);
        if (query is not null)
        {
            Volatile.Write(ref RecentQueries[slot], query);
        }

        return query;
    }

    private static bool SameText(JsonElement value, string text)
    {
        try
        {
            return value.ValueEquals(text);
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid Unicode: StringMember refuses it.
            return false;
        }
    }

    /// <remarks>A POST request's elements are read from its document, which it keeps (see <see cref="GraphQLHttpRequest"/>).</remarks>
    private static JsonElement? MapMember(JsonElement root, string name, ref RequestRefusal? refusal) =>
        root.TryGetProperty(name, out var value) ? MapValue(value, name, ref refusal) : null;

    private static JsonElement? MapValue(JsonElement value, string name, ref RequestRefusal? refusal)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                return value;
            default:
                refusal ??= RequestRefusal.Malformed($"The member '{name}' must be a JSON object.");
                return null;
        }
    }

    private static RequestRefusal TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.RequestTooLarge,
            $"The request body is larger than {maxBytes} bytes.");

    private static RequestRefusal UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType, message);
}
