using System.Text;
using System.Text.Json.Nodes;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Transport;

/// <summary>Responses carry text as written: UTF-8 bytes for letters and punctuation, escapes only where JSON needs them.</summary>
public sealed class Utf8ResponseTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Accents_and_punctuation_are_written_as_utf8_bytes()
    {
        const string text = "políticas públicas de género, ¿año? 'Ñ' + <b> & \"x\"";
        var response = await _client.SendAsync(Post(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = text } }));

        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = Encoding.UTF8.GetString(bytes);
        var expected = Encoding.UTF8.GetBytes("políticas públicas de género, ¿año? 'Ñ' + <b> & \\\"x\\\"");
        Assert.True(bytes.AsSpan().IndexOf(expected) >= 0, body);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        Assert.Equal($"Hello, {text}!", JsonNode.Parse(body)?["data"]?["hello"]?.GetValue<string>());
    }

    [Fact]
    public async Task Control_characters_stay_escaped_and_the_json_valid()
    {
        var response = await _client.SendAsync(Post(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = "a\u0001b\nc" } }));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("a\\u0001b\\nc", body, StringComparison.Ordinal);
        Assert.Equal("Hello, a\u0001b\nc!", JsonNode.Parse(body)?["data"]?["hello"]?.GetValue<string>());
    }

    [Fact]
    public async Task Error_bodies_are_utf8_too()
    {
        var response = await _client.SendAsync(PostRaw("{", "application/json"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u00", body, StringComparison.Ordinal);
    }
}
