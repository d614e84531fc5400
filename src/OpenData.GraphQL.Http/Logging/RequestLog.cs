using Microsoft.Extensions.Logging;

namespace OpenData.GraphQL.Http.Logging;

/// <summary>The endpoint's log lines: one per request (served or rate limited), and one per unexpected failure with its request id.</summary>
internal static partial class RequestLog
{
    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} in {DurationMs} ms (complexity {Complexity}, depth {Depth}, request {RequestId})")]
    public static partial void Completed(
        ILogger logger,
        string method,
        string operationName,
        int statusCode,
        long durationMs,
        double? complexity,
        int? depth,
        string requestId);

    [LoggerMessage(
        EventId = 3,
        Level = LogLevel.Information,
        Message = "GraphQL {Method} from {Client} answered 429 by the rate limiter (request {RequestId})")]
    public static partial void RateLimited(ILogger logger, string method, string client, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "GraphQL request {RequestId} failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "GraphQL request {RequestId} refused {StatusCode}: client fault ({Reason})")]
    public static partial void ClientFault(ILogger logger, int statusCode, string reason, string requestId);
}
