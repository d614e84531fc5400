using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Limits;

/// <summary>
/// A cached document skips the complexity walk only for values of its variables it was measured with: a page size or
/// a directive given by a variable is measured again for each new value, so no value dodges the limit (MaxComplexity
/// 200 here: one <c>items(first: 50) { id name }</c> is about 101, two of them or a page of 100 are over).
/// </summary>
public sealed class CachedComplexityTests(SmallLimitsApiFactory factory) : IClassFixture<SmallLimitsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_cached_document_is_measured_for_each_page_size_its_variable_gives()
    {
        const string query = "query Sized($n: Int) { items(first: $n) { id name } }";
        foreach (var (size, allowed) in new[] { (50, true), (50, true), (100, false), (50, true), (150, false), (100, false), (10, true) })
        {
            var post = await _client.SendAsync(Post(new { query, variables = new { n = size } }));
            var get = await _client.SendAsync(Get("query=" + Encode(query) + "&variables=" + Encode("{\"n\":" + size + "}")));

            foreach (var response in new[] { post, get })
            {
                if (allowed)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal(size, (await response.JsonBodyAsync())["data"]!["items"]!.AsArray().Count);
                }
                else
                {
                    Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
                }
            }
        }
    }

    [Fact]
    public async Task A_directive_variable_of_a_cached_document_is_measured_for_each_value()
    {
        const string query = "query Both($b: Boolean!) { a: items(first: 50) { id name } b: items(first: 50) @include(if: $b) { id name } }";
        foreach (var (both, allowed) in new[] { (false, true), (false, true), (true, false), (false, true), (true, false) })
        {
            var response = await _client.SendAsync(Post(new { query, variables = new { b = both } }));

            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(50, (await response.JsonBodyAsync())["data"]!["a"]!.AsArray().Count);
            }
            else
            {
                Assert.Equal("QUERY_TOO_COMPLEX", await response.FirstErrorCodeAsync());
            }
        }
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_over_get()
    {
        const string query = "mutation Touch { touch }";
        var post = await _client.SendAsync(Post(new { query }));
        var get = await _client.SendAsync(Get("query=" + Encode(query)));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }
}
