using System.Data.Common;
using OpenData.Api.Errors;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Observability;

namespace OpenData.Api.Data;

/// <summary>
/// A download or the catalogue that fails because the store cannot be read (a corrupt page, a lost connection) is
/// answered 503 <c>DATASET_UNREADABLE</c> while nothing has been sent yet, logged once with its request id, counted in
/// <c>opendata.unexpected_errors</c> and flagged with <c>X-Unexpected-Errors</c>.
/// </summary>
internal static partial class DatasetFailures
{
    public static bool IsStoreFailure(Exception exception) =>
        exception is DbException || exception.InnerException is DbException;

    public static async Task AnswerAsync(HttpContext context, Exception exception, string where)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatasetFailures));
        LogFailed(logger, exception, context.Request.Path, context.TraceIdentifier);
        var metrics = context.RequestServices.GetRequiredService<GraphQLHttpMetrics>();
        metrics.Unexpected(where);
        metrics.Error(ApiErrorCodes.DatasetUnreadable);
        context.Response.Clear();
        context.Response.Headers["X-Unexpected-Errors"] = "1";
        await ErrorBody.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ApiErrorCodes.DatasetUnreadable, HostMessages.DatasetUnreadable);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path} failed: the dataset cannot be read (request {RequestId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, PathString path, string requestId);
}
