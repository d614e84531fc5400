using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Hosting;

public sealed class BrowserFallThroughTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_navigation_reaches_the_other_endpoint_on_the_route()
    {
        var response = await factory.CreateClient().SendAsync(Get("", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestApiFactory.ExplorerHtml, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_preferring_html_is_not_diverted()
    {
        var response = await factory.CreateClient().SendAsync(Post(new { query = "{ hello }" }, BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Fall_through_can_be_switched_off()
    {
        using var noFallThrough = new TestApiFactory().With("BrowserRequestsFallThrough", "false");

        var response = await noFallThrough.CreateClient().SendAsync(Get("query=" + Encode("{ hello }"), BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }
}
