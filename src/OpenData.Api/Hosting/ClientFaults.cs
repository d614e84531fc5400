using OpenData.Api.Errors;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Hosting;

/// <summary>
/// Kestrel's verdicts on a client's request (a body sent too slowly, broken chunking, a malformed request) reach the
/// application as <see cref="BadHttpRequestException"/> when an endpoint reads the body: they are answered with
/// Kestrel's 4xx status and a one-line log entry, never a 500 with a stack trace.
/// </summary>
internal static partial class ClientFaults
{
    public static IApplicationBuilder UseClientFaults(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Task served;
        try
        {
            served = next(context);
        }
        catch (BadHttpRequestException fault)
        {
            return AnswerAsync(context, fault);
        }

        // A request answered at once costs no state machine of this middleware's.
        return served.IsCompletedSuccessfully ? served : AwaitAsync(served, context);
    });

    private static async Task AwaitAsync(Task served, HttpContext context)
    {
        try
        {
            await served;
        }
        catch (BadHttpRequestException fault)
        {
            await AnswerAsync(context, fault);
        }
    }

    private static async Task AnswerAsync(HttpContext context, BadHttpRequestException fault)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientFaults));
        LogClientFault(logger, context.Request.Method, context.Request.Path, fault.StatusCode, fault.Message, context.TraceIdentifier);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        await ErrorBody.WriteAsync(
            context, fault.StatusCode, fault.StatusCode == StatusCodes.Status408RequestTimeout ? GraphQLHttpErrorCodes.RequestTimeout : GraphQLHttpErrorCodes.InvalidRequest,
            fault.StatusCode == StatusCodes.Status408RequestTimeout ? HostMessages.BodyTooSlow : HostMessages.BadRequest);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} refused {StatusCode}: client fault ({Reason}) (request {RequestId})")]
    private static partial void LogClientFault(ILogger logger, string method, PathString path, int statusCode, string reason, string requestId);
}
