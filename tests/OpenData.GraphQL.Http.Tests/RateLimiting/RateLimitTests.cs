using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.RateLimiting;

/// <summary>
/// The rate limiter's fixed window is an hour in these tests: every request of a test falls in the first window
/// however slow the machine, so the verdicts depend on the number of requests only.
/// </summary>
public sealed class RateLimitTests
{
    private const string Window = "01:00:00";

    [Fact]
    public async Task Requests_over_the_permits_get_429_with_retry_after_and_a_graphql_error()
    {
        using var factory = new TestApiFactory()
            .With("RateLimitingEnabled", "true")
            .With("RateLimitPermits", "3")
            .With("RateLimitWindow", Window);
        var client = factory.CreateClient();

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await client.SendAsync(Post(new { query = "{ hello }" }))).StatusCode);
        }

        var refused = await client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 3600);
        Assert.Equal("RATE_LIMITED", await refused.FirstErrorCodeAsync());
        Assert.Equal(GraphQLResponseJson, refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        Assert.Contains(factory.Log.Lines, line => line.Message.Contains("answered 429 by the rate limiter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_requests_count_too()
    {
        using var factory = new TestApiFactory()
            .With("RateLimitingEnabled", "true")
            .With("RateLimitPermits", "1")
            .With("RateLimitWindow", Window);
        var client = factory.CreateClient();

        var first = await client.SendAsync(Get("query=" + Encode("{ hello }"), Json));
        var second = await client.SendAsync(Get("query=" + Encode("{ hello }"), Json));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(Json, second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rate_limiting_can_be_switched_off()
    {
        using var factory = new TestApiFactory()
            .With("RateLimitingEnabled", "false")
            .With("RateLimitPermits", "1");
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await client.SendAsync(Post(new { query = "{ hello }" }))).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
