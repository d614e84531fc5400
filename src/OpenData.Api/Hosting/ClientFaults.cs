using System.Text.Json;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.Api.Hosting;

/// <summary>
/// Kestrel's verdicts on a client's request (a body sent too slowly, broken chunking, a malformed request) reach the
/// application as <see cref="BadHttpRequestException"/> when an endpoint reads the body: they are answered with
/// Kestrel's 4xx status and a one-line log entry, never a 500 with a stack trace.
/// </summary>
internal static partial class ClientFaults
{
    public static IApplicationBuilder UseClientFaults(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException fault)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientFaults));
            LogClientFault(logger, context.Request.Method, context.Request.Path, fault.StatusCode, fault.Message, context.TraceIdentifier);
            if (context.Response.HasStarted)
            {
                return;
            }

            context.Response.Clear();
            await HttpErrors.WriteAsync(
                context, fault.StatusCode, fault.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : GraphQLHttpErrorCodes.InvalidRequest,
                fault.StatusCode == StatusCodes.Status408RequestTimeout ? HostMessages.BodyTooSlow : HostMessages.BadRequest);
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} refused {StatusCode}: client fault ({Reason}) (request {RequestId})")]
    private static partial void LogClientFault(ILogger logger, string method, PathString path, int statusCode, string reason, string requestId);
}

/// <summary>The API's own error bodies outside GraphQL: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, not cacheable.</summary>
internal static class HttpErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, IReadOnlyDictionary<string, object>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Request-Id"] = context.TraceIdentifier;
        // Accents as written, like every other answer (ResponseJson).
        await using var writer = new Utf8JsonWriter(response.Body, ResponseJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteString("requestId", context.TraceIdentifier);
        foreach (var (name, value) in extensions ?? new Dictionary<string, object>())
        {
            if (value is int number)
            {
                writer.WriteNumber(name, number);
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
        await writer.FlushAsync(context.RequestAborted);
    }
}
