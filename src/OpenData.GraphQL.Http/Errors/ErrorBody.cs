using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenData.GraphQL.Http.Caching;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Writes a GraphQL-shaped error body, <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, without <c>data</c>,
/// its message in the request's language (<see cref="ErrorLanguage"/>, through the <see cref="ErrorMessageCatalog"/>).
/// </summary>
public static class ErrorBody
{
    /// <summary>
    /// An application's own error answer outside GraphQL (a download, a rate limit, a client fault): <c>application/json</c>,
    /// not cacheable, with the request id in <c>X-Request-Id</c> and in <c>extensions.requestId</c>. An extension is written
    /// as a number (<see cref="int"/>), an array of strings (a sequence of <see cref="string"/>) or a string (anything else).
    /// </summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message, IReadOnlyDictionary<string, object>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        CacheHeaders.NotCacheable(response);
        response.Headers[ResponseHeaders.RequestId] = context.TraceIdentifier;
        var withRequestId = new Dictionary<string, object> { ["requestId"] = context.TraceIdentifier };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object>())
        {
            withRequestId[name] = value;
        }

        return WriteAsync(response, statusCode, ResponseMediaType.Json, code, message, withRequestId);
    }

    internal static async Task WriteAsync(
        HttpResponse response,
        int statusCode,
        ResponseMediaType mediaType,
        string code,
        string message,
        IReadOnlyDictionary<string, object>? extensions = null)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType.ContentType();
        if (response.HttpContext.RequestServices?.GetService(typeof(ErrorMessageCatalog)) is ErrorMessageCatalog catalog)
        {
            message = catalog.Localize(code, message, ErrorLanguage.Of(response.HttpContext.Request));
        }

        var writer = new Utf8JsonWriter(response.Body, ResponseJson.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            foreach (var (name, value) in extensions ?? new Dictionary<string, object>())
            {
                if (value is int number)
                {
                    writer.WriteNumber(name, number);
                }
                else if (value is IEnumerable<string> texts)
                {
                    writer.WriteStartArray(name);
                    foreach (var text in texts)
                    {
                        writer.WriteStringValue(text);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
