using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Caching;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Execution;
using OpenData.GraphQL.Http.Logging;
using OpenData.GraphQL.Http.Observability;
using OpenData.GraphQL.Http.RateLimiting;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>
/// The endpoint's rate limiter: a fixed window of permits per client address; a refusal is 429 with a
/// <c>Retry-After</c> that says how much of the window is left, and a GraphQL error <c>RATE_LIMITED</c>. Behind a
/// proxy the host must apply forwarded headers first so that the client address is the real one.
/// </summary>
internal static class GraphQLRateLimiting
{
    public static Func<RequestDelegate, RequestDelegate> Create(GraphQLHttpOptions options, IServiceProvider services)
    {
        var limit = new FixedWindowRateLimit(
            options.RateLimitPermits, options.RateLimitWindow, services.GetService<TimeProvider>() ?? TimeProvider.System);
        return next => context => limit.TryAcquire(ClientAddress(context)) is { } wait ? RejectAsync(context, wait) : next(context);
    }

    private static async Task RejectAsync(HttpContext context, TimeSpan wait)
    {
        var response = context.Response;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

        var logger = context.RequestServices.GetRequiredService<ILogger<GraphQLHttpHandler>>();
        var client = ClientAddress(context);
        RequestLog.RateLimited(logger, context.Request.Method, client, context.TraceIdentifier);
        var metrics = context.RequestServices.GetRequiredService<GraphQLHttpMetrics>();
        metrics.RateLimited("graphql");
        metrics.Error(GraphQLHttpErrorCodes.RateLimited);

        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers[ResponseHeaders.RequestId] = context.TraceIdentifier;
        CacheHeaders.NotCacheable(response);
        await ErrorBody.WriteAsync(
            response,
            StatusCodes.Status429TooManyRequests,
            AcceptNegotiator.Negotiate(context.Request) ?? ResponseMediaType.Json,
            GraphQLHttpErrorCodes.RateLimited,
            GraphQLErrorMessages.RateLimited(seconds),
            new Dictionary<string, object> { ["retryAfterSeconds"] = seconds }).ConfigureAwait(false);
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
