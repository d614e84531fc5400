using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.PersistedQueries;

public sealed class PersistedQueryTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Unknown_hash_gets_persisted_query_not_found()
    {
        var query = UniqueQuery();

        var strict = await _client.SendAsync(Post(HashOnly(query)));
        var legacy = await _client.SendAsync(Post(HashOnly(query), Json));

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await strict.FirstErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await legacy.FirstErrorCodeAsync());
        Assert.Equal("no-store", strict.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Registering_then_sending_the_hash_alone_executes_the_query_by_post_and_get()
    {
        var query = UniqueQuery();

        var register = await _client.SendAsync(Post(new { query, extensions = Extension(Hash(query)) }));
        var byPost = await _client.SendAsync(Post(HashOnly(query)));
        var byGet = await _client.SendAsync(Get("extensions=" + Encode(JsonSerializer.Serialize(Extension(Hash(query))))));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("Hello, world!", (await byPost.JsonBodyAsync())["data"]?["hello"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);
        Assert.Equal("Hello, world!", (await byGet.JsonBodyAsync())["data"]?["hello"]?.GetValue<string>());
        Assert.NotNull(byGet.Headers.ETag);
    }

    [Fact]
    public async Task Registration_works_over_get_and_uppercase_hashes_are_accepted()
    {
        var query = UniqueQuery();
        var extensions = Encode(JsonSerializer.Serialize(Extension(Hash(query).ToUpperInvariant())));

        var register = await _client.SendAsync(Get("query=" + Encode(query) + "&extensions=" + extensions));
        var hit = await _client.SendAsync(Get("extensions=" + extensions));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
    }

    [Fact]
    public async Task Hash_that_does_not_match_the_query_is_refused()
    {
        var response = await _client.SendAsync(Post(new { query = UniqueQuery(), extensions = Extension(Hash("{ other }")) }, Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task A_mismatched_hash_does_not_register_the_query()
    {
        var query = UniqueQuery();
        var wrongHash = Hash(UniqueQuery());

        await _client.SendAsync(Post(new { query, extensions = Extension(wrongHash) }));
        var lookup = await _client.SendAsync(Post(new { extensions = Extension(wrongHash) }));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await lookup.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task A_document_already_cached_by_its_text_is_still_refused_with_a_hash_that_does_not_match()
    {
        var query = UniqueQuery();

        var plain = await _client.SendAsync(Post(new { query }));
        var mismatched = await _client.SendAsync(Post(new { query, extensions = Extension(Hash(UniqueQuery())) }, Json));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mismatched.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", await mismatched.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task A_document_cached_from_its_text_answers_a_later_request_by_its_SHA_256_hash()
    {
        var query = UniqueQuery();

        var plain = await _client.SendAsync(Post(new { query }));
        var again = await _client.SendAsync(Post(new { query, extensions = Extension(Hash(query)) }));
        var byHash = await _client.SendAsync(Post(HashOnly(query)));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Hello, world!", (await byHash.JsonBodyAsync())["data"]?["hello"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}""", "PERSISTED_QUERY_NOT_SUPPORTED")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}""", "INVALID_REQUEST")]
    [InlineData("""{"persistedQuery":{"version":"1","sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}""", "INVALID_REQUEST")]
    [InlineData("""{"persistedQuery":"abc"}""", "INVALID_REQUEST")]
    public async Task Malformed_persisted_query_extensions_are_400(string extensions, string code)
    {
        var response = await _client.SendAsync(PostRaw($$"""{"extensions":{{extensions}}}""", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task A_query_that_fails_validation_is_not_registered()
    {
        const string invalid = "{ doesNotExist }";

        await _client.SendAsync(Post(new { query = invalid, extensions = Extension(Hash(invalid)) }));
        var lookup = await _client.SendAsync(Post(HashOnly(invalid)));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await lookup.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task The_cache_is_bounded_and_forgets_the_least_recently_used()
    {
        using var small = new TestApiFactory().With("DocumentCacheSize", "2");
        var client = small.CreateClient();
        var queries = new[] { UniqueQuery(), UniqueQuery(), UniqueQuery() };

        foreach (var query in queries)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post(new { query, extensions = Extension(Hash(query)) }))).StatusCode);
        }

        var oldest = await client.SendAsync(Post(HashOnly(queries[0])));
        var newest = await client.SendAsync(Post(HashOnly(queries[2])));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await oldest.FirstErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    private static string UniqueQuery() => $"query Q{Guid.NewGuid():N} {{ hello }}";

    private static object HashOnly(string query) => new { extensions = Extension(Hash(query)) };

    private static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
