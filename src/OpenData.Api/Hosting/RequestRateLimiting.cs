using System.Globalization;
using OpenData.Api.Errors;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Observability;
using OpenData.GraphQL.Http.RateLimiting;

namespace OpenData.Api.Hosting;

/// <summary>
/// Applies <see cref="RequestRateLimitingOptions"/>: a refusal is 429 with <c>Retry-After</c> (the seconds left in
/// the address's window), a JSON error <c>RATE_LIMITED</c>, and counts in <c>opendata.rate_limit.refusals</c>.
/// </summary>
internal static partial class RequestRateLimiting
{
    public static IApplicationBuilder UseRequestRateLimiting(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        var options = services.GetRequiredService<IConfiguration>().GetSection(RequestRateLimitingOptions.Section).Get<RequestRateLimitingOptions>()
            ?? new RequestRateLimitingOptions();
        if (!options.Enabled)
        {
            return app;
        }

        if (options.DownloadPermits <= 0 || options.Permits <= 0 || options.DownloadWindow <= TimeSpan.Zero || options.Window <= TimeSpan.Zero)
        {
            throw new StartupFailureException(StartupMessages.InvalidConfiguration("RateLimiting: los permisos y las ventanas deben ser positivos"));
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var downloads = new FixedWindowRateLimit(options.DownloadPermits, options.DownloadWindow, time);
        var other = new FixedWindowRateLimit(options.Permits, options.Window, time);
        var metrics = services.GetRequiredService<GraphQLHttpMetrics>();
        // The GraphQL endpoint limits its own requests: they pass straight on (no state machine of this middleware's).
        return app.Use((context, next) => context.Request.Path.StartsWithSegments("/graphql")
            ? next(context)
            : LimitAsync(context, next, downloads, other, metrics));
    }

    private static async Task LimitAsync(
        HttpContext context, RequestDelegate next, FixedWindowRateLimit downloads, FixedWindowRateLimit other, GraphQLHttpMetrics metrics)
    {
        var path = context.Request.Path;
        var isDownload = path.StartsWithSegments("/export") || path.StartsWithSegments("/catalog.json");
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if ((isDownload ? downloads : other).TryAcquire(client) is not { } wait)
        {
            await next(context);
            return;
        }

        var limiter = isDownload ? "downloads" : "site";
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        metrics.RateLimited(limiter);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestRateLimiting));
        LogRefused(logger, context.Request.Method, path, client, limiter, context.TraceIdentifier);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ErrorBody.WriteAsync(
            context, StatusCodes.Status429TooManyRequests, GraphQLHttpErrorCodes.RateLimited, GraphQLErrorMessages.RateLimited(seconds),
            new Dictionary<string, object> { ["retryAfterSeconds"] = seconds, ["limiter"] = limiter });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} from {Client} answered 429 by the {Limiter} rate limiter (request {RequestId})")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, string client, string limiter, string requestId);
}
