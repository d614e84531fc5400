using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Transport;

public sealed class ContentNegotiationTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/plain, application/graphql-response+json;q=0.1", GraphQLResponseJson)]
    [InlineData("*/*;q=0.1, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponseJson)]
    public async Task Accept_selects_the_response_type_by_quality(string? accept, string expected)
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }, accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task A_get_with_json_accept_is_served_by_graphql_not_the_explorer()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("{ hello }"), "application/json"));

        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }
}
