using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Transport;

public sealed class StatusCodeTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_query_answers_200_with_data()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", (await response.JsonBodyAsync())["data"]?["hello"]?.GetValue<string>());
    }

    [Fact]
    public async Task Get_query_answers_200_with_data()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("query Greet($name: String) { hello(name: $name) }")
            + "&variables=" + Encode("""{"name":"Durango"}""") + "&operationName=Greet"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Durango!", (await response.JsonBodyAsync())["data"]?["hello"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    public async Task Other_methods_get_405_with_allow(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Mutation_over_get_gets_405_allowing_post_only()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("mutation { touch }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", await response.FirstErrorCodeAsync());
        Assert.False((await response.JsonBodyAsync()).ContainsKey("data"));
    }

    [Fact]
    public async Task Mutation_over_get_is_refused_also_under_application_json_and_when_cached()
    {
        // Cache the document through POST first: the GET rule must still apply to the cached document.
        var post = await _client.SendAsync(Post(new { query = "mutation Touch { touch }" }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        var response = await _client.SendAsync(Get("query=" + Encode("mutation Touch { touch }"), Json));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Unsupported_content_type_gets_415(string? contentType)
    {
        var response = await _client.SendAsync(PostRaw("""{"query":"{ hello }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Json_content_type_variants_are_accepted(string contentType)
    {
        var response = await _client.SendAsync(PostRaw("""{"query":"{ hello }"}""", contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/graphql-response+json;q=0, text/plain")]
    public async Task Accept_matching_neither_type_gets_406(string accept)
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }, accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Parse_error_is_400_under_graphql_response_json_and_200_under_json()
    {
        var strict = await _client.SendAsync(Post(new { query = "{" }));
        var legacy = await _client.SendAsync(Post(new { query = "{" }, Json));

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.False((await strict.JsonBodyAsync()).ContainsKey("data"));
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.NotNull((await legacy.JsonBodyAsync())["errors"]);
    }

    [Fact]
    public async Task Validation_error_is_400_under_graphql_response_json_and_200_under_json()
    {
        var strict = await _client.SendAsync(Post(new { query = "{ nope }" }));
        var legacy = await _client.SendAsync(Post(new { query = "{ nope }" }, Json));

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_under_graphql_response_json()
    {
        var response = await _client.SendAsync(Post(new { query = "query ($id: ID!) { item(id: $id) { name } }", variables = new { id = (string?)null } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("data"));
    }

    [Fact]
    public async Task Variable_coercion_is_checked_for_a_cached_document_too()
    {
        const string query = "query Coerce($id: ID!) { item(id: $id) { name } }";

        var valid = await _client.SendAsync(Post(new { query, variables = new { id = "3" } }));
        var invalid = await _client.SendAsync(Post(new { query, variables = new { id = new { nested = true } } }));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.False((await invalid.JsonBodyAsync()).ContainsKey("data"));
    }

    [Fact]
    public async Task Unknown_operation_name_is_400_under_graphql_response_json()
    {
        var response = await _client.SendAsync(Post(new { query = "query A { hello }", operationName = "B" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Field_error_with_data_is_200()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello fail }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.Equal("Hello, world!", body["data"]?["hello"]?.GetValue<string>());
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await _client.SendAsync(Post(new { notquery = "{ hello }" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Empty_get_parameters_count_as_absent()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("{ hello }") + "&operationName=&variables=&extensions="));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await _client.SendAsync(Get("query="));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_body_members_are_ignored_and_nulls_mean_absent()
    {
        var response = await _client.SendAsync(PostRaw(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"documentId":"x","surprise":[1,2]}""",
            "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("errors"));
    }

    [Fact]
    public async Task Batch_is_refused_with_a_clear_error()
    {
        var response = await _client.SendAsync(PostRaw("""[{"query":"{ hello }"},{"query":"{ hello }"}]""", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHING_NOT_SUPPORTED", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
    }
}
