using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Limits;

/// <summary>The default limits: ordinary queries and an explorer's introspection pass; bombs do not.</summary>
public sealed class DefaultLimitTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{ hello }")]
    [InlineData("{ items { id name } }")]
    [InlineData("{ items(first: 100) { id name } }")]
    [InlineData("{ items(first: 20) { id name children(first: 10) { id name } } }")]
    [InlineData("{ items(last: 5) { id children { id children { id name } } } }")]
    [InlineData("{ item(id: 7) { name children(first: 100) { id name } } }")]
    [InlineData(IntrospectionQuery)]
    public async Task Ordinary_queries_pass(string query)
    {
        var response = await _client.SendAsync(Post(new { query }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("errors"));
    }

    [Fact]
    public async Task Nested_first_100_bomb_is_refused()
    {
        var response = await _client.SendAsync(Post(new { query = "{ items(first: 100) { children(first: 100) { children(first: 100) { id } } } }" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Alias_bomb_is_refused()
    {
        var aliases = string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: items(first: 100) {{ id name }} "));

        var response = await _client.SendAsync(Post(new { query = "{ " + aliases + "}" }));

        Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Alias_bomb_of_default_pages_is_refused()
    {
        var aliases = string.Concat(Enumerable.Range(0, 500).Select(i => $"i{i}:items{{id}} "));

        var response = await _client.SendAsync(Post(new { query = "{" + aliases + "}" }));

        Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Fragment_fan_out_bomb_is_refused_by_a_linear_count()
    {
        // 3^30 expansions: a walk of every expansion would not end in any test run, only a linear count refuses it.
        // The guard is not a speed bound: it turns such a hang into a failure.
        var fragments = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"fragment F{i} on Query {{ a{i}: hello ...F{i - 1} ...F{i - 1} ...F{i - 1} }}"));
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var response = await _client.SendAsync(Post(new { query = "query { ...F30 } fragment F0 on Query { hello } " + fragments }), guard.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Deep_nesting_is_refused_with_query_too_deep()
    {
        var query = "{ items(first: 1) " + string.Concat(Enumerable.Repeat("{ children(first: 1) ", 20)) + "{ id }" + new string('}', 21);

        var response = await _client.SendAsync(Post(new { query }));

        Assert.Equal("QUERY_TOO_DEEP", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Parser_depth_overflow_is_refused_not_crashed()
    {
        var query = string.Concat(Enumerable.Repeat("{a", 2000)) + new string('}', 2000);

        var response = await _client.SendAsync(Post(new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task A_cached_document_is_still_costed_with_its_new_variables()
    {
        const string query = "query Grow($n: Int) { items(first: $n) { children(first: $n) { children(first: $n) { id } } } }";

        var small = await _client.SendAsync(Post(new { query, variables = new { n = 2 } }));
        var large = await _client.SendAsync(Post(new { query, variables = new { n = 100 } }));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", await large.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Complexity_refusal_under_application_json_is_200_without_data()
    {
        var response = await _client.SendAsync(Post(new { query = "{ items(first: 100) { children(first: 100) { children(first: 100) { id } } } }" }, Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("data"));
        Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
    }
}
