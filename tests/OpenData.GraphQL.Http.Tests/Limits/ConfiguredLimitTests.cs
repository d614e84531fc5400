using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Limits;

public sealed class ConfiguredLimitTests(SmallLimitsApiFactory factory) : IClassFixture<SmallLimitsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Body_over_the_limit_gets_413()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }", variables = new { padding = new string('x', 3000) } }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_gets_413()
    {
        var request = Post(new { query = "{ hello }", variables = new { padding = new string('x', 3000) } });
        request.Content = new StreamContent(new MemoryStream(await request.Content!.ReadAsByteArrayAsync()));
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Document_over_the_limit_gets_413_by_post_and_414_by_get()
    {
        var query = "{ hello " + string.Concat(Enumerable.Range(0, 40).Select(i => $"h{i}: hello ")) + "}";

        var post = await _client.SendAsync(Post(new { query }));
        var get = await _client.SendAsync(Get("query=" + Encode(query)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", await post.FirstErrorCodeAsync());
        Assert.Equal(HttpStatusCode.RequestUriTooLong, get.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", await get.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Depth_over_the_limit_is_refused_before_execution()
    {
        var allowed = await _client.SendAsync(Post(new { query = "{ items(first: 1) { children(first: 1) { children(first: 1) { id } } } }" }));
        var refused = await _client.SendAsync(Post(new { query = "{ items(first: 1) { children(first: 1) { children(first: 1) { children(first: 1) { id } } } } }" }));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", await refused.FirstErrorCodeAsync());
        Assert.False((await refused.JsonBodyAsync()).ContainsKey("data"));
    }

    [Fact]
    public async Task Complexity_over_the_configured_limit_is_refused()
    {
        var allowed = await _client.SendAsync(Post(new { query = "{ items(first: 50) { id name } }" }));
        var refused = await _client.SendAsync(Post(new { query = "{ items(take: 100) { id name } }" }));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", await refused.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Execution_that_ends_before_the_timeout_is_not_stopped()
    {
        var response = await _client.SendAsync(Post(new { query = "{ slow(ms: 10) }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("done", (await response.JsonBodyAsync())["data"]?["slow"]?.GetValue<string>());
    }
}
