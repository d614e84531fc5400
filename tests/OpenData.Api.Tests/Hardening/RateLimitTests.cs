using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 8 (only /graphql was rate limited) and fault 10's Retry-After (always the whole window): downloads have their
/// own budget, every other endpoint shares another, and Retry-After tells what is left of the window (a manual clock).
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Downloads_and_the_catalogue_have_their_own_budget_with_the_real_time_left()
    {
        using var factory = new LimitedApiFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/export/sources.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/catalog.json", UriKind.Relative))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(45));
        using var refused = await client.GetAsync(new Uri("/export/sources.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The other endpoints' budget is separate and still open; after the window the downloads are served again.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/export/sources.json", UriKind.Relative))).StatusCode);

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("opendata_rate_limit_refusals_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("limiter=\"downloads\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_other_endpoint_is_limited_too()
    {
        using var factory = new LimitedApiFactory();
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/healthz", "/readyz", "/", "/healthz" })
        {
            statuses.Add((await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_refusal_outside_graphql_is_the_endpoint_error_body_in_the_asked_language()
    {
        using var factory = new LimitedApiFactory();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }

        using var spanish = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-US");
        using var english = await client.SendAsync(request);

        foreach (var (response, message) in new[]
        {
            (spanish, "Demasiadas solicitudes desde esta dirección; vuelva a intentarlo en 60 s."),
            (english, "Too many requests from this address; retry in 60 s."),
        })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal(message, error.GetProperty("message").GetString());
            var extensions = error.GetProperty("extensions");
            Assert.Equal("RATE_LIMITED", extensions.GetProperty("code").GetString());
            Assert.Equal(requestId, extensions.GetProperty("requestId").GetString());
            Assert.Equal(60, extensions.GetProperty("retryAfterSeconds").GetInt32());
            Assert.Equal("site", extensions.GetProperty("limiter").GetString());
        }
    }

    [Fact]
    public async Task The_graphql_limiter_tells_the_time_left_in_its_window()
    {
        using var factory = new LimitedApiFactory();
        var client = factory.CreateClient();
        var query = new Uri("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), UriKind.Relative);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(query)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        using var refused = await client.GetAsync(query);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter?.Delta);
    }

    private sealed class LimitedApiFactory : ApiFactory
    {
        public ManualClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("RateLimiting:Enabled", "true"),
            ("RateLimiting:DownloadPermits", "2"),
            ("RateLimiting:Permits", "3"),
            ("GraphQL:Http:RateLimitingEnabled", "true"),
            ("GraphQL:Http:RateLimitPermits", "1"),
        ];
    }

    /// <summary>A clock the test moves by hand.</summary>
    public sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
