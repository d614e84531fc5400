using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Caching;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Execution;
using OpenData.GraphQL.Http.Logging;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter for the endpoint: a fixed window of permits per client address; a refusal is
/// 429 with <c>Retry-After</c> and a GraphQL error <c>RATE_LIMITED</c>. Behind a proxy the host must apply
/// forwarded headers first so that the client address is the real one.
/// </summary>
internal static class GraphQLRateLimiting
{
    public static RateLimiterOptions Create(GraphQLHttpOptions options) => new()
    {
        RejectionStatusCode = StatusCodes.Status429TooManyRequests,
        GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPermits,
                    Window = options.RateLimitWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })),
        OnRejected = (rejected, _) => RejectAsync(rejected, options),
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, GraphQLHttpOptions options)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

        var context = rejected.HttpContext;
        var logger = context.RequestServices.GetRequiredService<ILogger<GraphQLHttpHandler>>();
        var client = ClientAddress(context);
        RequestLog.RateLimited(logger, context.Request.Method, client, context.TraceIdentifier);

        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers[GraphQLHttpHandler.RequestIdHeader] = rejected.HttpContext.TraceIdentifier;
        CacheHeaders.NotCacheable(response);
        await ErrorBody.WriteAsync(
            response,
            StatusCodes.Status429TooManyRequests,
            AcceptNegotiator.Negotiate(rejected.HttpContext.Request) ?? ResponseMediaType.Json,
            GraphQLHttpErrorCodes.RateLimited,
            $"Too many requests from this address; retry in {seconds} s.",
            new Dictionary<string, object> { ["retryAfterSeconds"] = seconds });
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
