using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Transport;

/// <summary>
/// A POST request's document text read before is answered with the string read then (<c>RequestReader</c> keeps a few
/// by a hash of their JSON): every request must still run its own document, whatever texts came before it, however
/// they were escaped, and its variables must be read from its own body.
/// </summary>
public sealed class RecentDocumentTextTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_request_runs_its_own_document_among_many_texts_seen_before()
    {
        // Far more texts than the reader keeps, so that texts share its places; each sent three times, interleaved.
        const int Texts = 300;
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < Texts; i++)
            {
                var alias = $"a{(i * 7919) % Texts}";
                var query = $"query($n: String) {{ {alias}: hello(name: $n) }}";
                var name = $"n{round}-{i}";
                using var response = await _client.SendAsync(Post(new { query, variables = new { n = name } }));
                var body = await response.JsonBodyAsync();
                Assert.True(body["data"]?[alias]?.GetValue<string>() == $"Hello, {name}!", $"round {round}, {query}: {body.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task A_text_sent_with_escapes_is_the_same_document_and_a_different_one_is_not()
    {
        const string Plain = """{"query":"{ hola: hello(name: \"Ana\") }"}""";
        const string Escaped = """{"query":"{ \u0068ola: hello(name: \"Ana\") }"}""";
        const string Other = """{"query":"{ hole: hello(name: \"Ana\") }"}""";
        foreach (var (body, alias) in new[] { (Plain, "hola"), (Escaped, "hola"), (Other, "hole"), (Plain, "hola"), (Escaped, "hola") })
        {
            using var response = await _client.SendAsync(PostRaw(body, "application/json"));
            var answer = await response.JsonBodyAsync();
            Assert.True(answer["data"]?[alias]?.GetValue<string>() == "Hello, Ana!", $"{body}: {answer.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_text_that_is_not_valid_unicode_is_refused_even_after_a_valid_one()
    {
        using var valid = await _client.SendAsync(PostRaw("""{"query":"{ hello }"}""", "application/json"));
        Assert.NotNull((await valid.JsonBodyAsync())["data"]);

        using var invalid = await _client.SendAsync(PostRaw("""{"query":"{ hello }\ud800"}""", "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Null((await invalid.JsonBodyAsync())["data"]);
    }
}
