using System.Net;
using System.Net.Http.Headers;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Caching;

public sealed class HttpCachingTests : IDisposable
{
    private readonly TestApiFactory _factory = new();
    private readonly HttpClient _client;

    public HttpCachingTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Successful_get_is_public_for_max_age_with_a_weak_etag()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.ETag?.IsWeak);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Matching_if_none_match_gets_304_without_a_body()
    {
        var first = await _client.SendAsync(Get("query=" + Encode("{ hello }")));
        var again = Get("query=" + Encode("{ hello }"));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Stale_if_none_match_gets_a_fresh_200()
    {
        var request = Get("query=" + Encode("{ hello }"));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_new_dataset_version_changes_the_etag()
    {
        var before = await _client.SendAsync(Get("query=" + Encode("{ hello }")));
        _factory.Version.Current = "dataset-2";
        var conditional = Get("query=" + Encode("{ hello }"));
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);

        var after = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Whitespace_commas_and_comments_do_not_change_the_etag_but_the_document_does()
    {
        const string compact = "query Greet($name:String){hello(name:$name) items(first:2){id}}";
        const string spaced = """
            # a comment the parser drops
            query   Greet ( $name : String , ) {
              hello ( name : $name ) ,
              items(first: 2) {   id   }   # another
            }
            """;
        const string variables = """{"name":"A"}""";
        var a = await _client.SendAsync(Get("query=" + Encode(compact) + "&variables=" + Encode(variables)));
        var b = await _client.SendAsync(Get("query=" + Encode(spaced) + "&variables=" + Encode(variables)));
        var otherArgument = await _client.SendAsync(Get("query=" + Encode(compact.Replace("first:2", "first:3", StringComparison.Ordinal)) + "&variables=" + Encode(variables)));
        var alias = await _client.SendAsync(Get("query=" + Encode(compact.Replace("{id}", "{key: id}", StringComparison.Ordinal)) + "&variables=" + Encode(variables)));

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.NotNull(a.Headers.ETag);
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, otherArgument.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, alias.Headers.ETag);

        // The reformatted request revalidates against the ETag of the compact one.
        var conditional = Get("query=" + Encode(spaced) + "&variables=" + Encode(variables));
        conditional.Headers.IfNoneMatch.Add(a.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task The_operation_name_is_part_of_the_etag()
    {
        const string query = "query A { hello } query B { hello }";
        var a = await _client.SendAsync(Get("query=" + Encode(query) + "&operationName=A"));
        var b = await _client.SendAsync(Get("query=" + Encode(query) + "&operationName=B"));

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
    }

    [Fact]
    public async Task The_etag_follows_the_normalized_request()
    {
        const string query = "query Greet($name: String, $x: Int) { hello(name: $name) items(first: $x) { id } }";
        var a = await _client.SendAsync(Get("query=" + Encode(query) + "&variables=" + Encode("""{"name":"A","x":1}""")));
        var sameReordered = await _client.SendAsync(Get("variables=" + Encode("""{ "x": 1, "name": "A" }""") + "&query=" + Encode(query)));
        var otherValue = await _client.SendAsync(Get("query=" + Encode(query) + "&variables=" + Encode("""{"name":"B","x":1}""")));
        var otherMediaType = await _client.SendAsync(Get("query=" + Encode(query) + "&variables=" + Encode("""{"name":"A","x":1}"""), Json));

        Assert.NotNull(a.Headers.ETag);
        Assert.Equal(a.Headers.ETag, sameReordered.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, otherValue.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, otherMediaType.Headers.ETag);
    }

    [Fact]
    public async Task Post_is_never_cached()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_with_errors_is_not_cached()
    {
        var fieldError = await _client.SendAsync(Get("query=" + Encode("{ hello fail }")));
        var validationError = await _client.SendAsync(Get("query=" + Encode("{ nope }")));

        Assert.Equal("no-store", fieldError.Headers.CacheControl?.ToString());
        Assert.Null(fieldError.Headers.ETag);
        Assert.Equal("no-store", validationError.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Max_age_is_configurable()
    {
        using var factory = new TestApiFactory().With("CacheMaxAgeSeconds", "5");

        var response = await factory.CreateClient().SendAsync(Get("query=" + Encode("{ hello }")));

        Assert.Equal("public, max-age=5", response.Headers.CacheControl?.ToString());
    }

    public void Dispose() => _factory.Dispose();
}
