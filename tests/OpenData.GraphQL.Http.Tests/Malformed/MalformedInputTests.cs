using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Malformed;

/// <summary>Every kind of bad input gets a 4xx (or a 200 with errors), never a 5xx, and always a GraphQL-shaped body.</summary>
public sealed class MalformedInputTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private static readonly Dictionary<string, Func<HttpRequestMessage>> Inputs = new()
    {
        // Bad JSON.
        ["empty body"] = () => PostRaw("", "application/json"),
        ["whitespace body"] = () => PostRaw("   \n ", "application/json"),
        ["truncated object"] = () => PostRaw("""{"query":""", "application/json"),
        ["unterminated string"] = () => PostRaw("""{"query":"{ hello }""", "application/json"),
        ["single quotes"] = () => PostRaw("{'query':'{ hello }'}", "application/json"),
        ["trailing garbage"] = () => PostRaw("""{"query":"{ hello }"} trailing""", "application/json"),
        ["trailing comma"] = () => PostRaw("""{"query":"{ hello }",}""", "application/json"),
        ["comment"] = () => PostRaw("""/* hi */ {"query":"{ hello }"}""", "application/json"),
        ["bare word"] = () => PostRaw("nul", "application/json"),
        ["NaN literal"] = () => PostRaw("""{"query":"{ hello }","variables":{"a":NaN}}""", "application/json"),
        ["utf-8 BOM"] = () => PostBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")], "application/json"),
        ["utf-16 body"] = () => PostBytes(Encoding.Unicode.GetBytes("""{"query":"{ hello }"}"""), "application/json"),

        // Wrong types.
        ["query is a number"] = () => PostRaw("""{"query":1}""", "application/json"),
        ["query is an array"] = () => PostRaw("""{"query":["{ hello }"]}""", "application/json"),
        ["query is an object"] = () => PostRaw("""{"query":{"a":1}}""", "application/json"),
        ["query is a boolean"] = () => PostRaw("""{"query":true}""", "application/json"),
        ["operationName is a number"] = () => PostRaw("""{"query":"{ hello }","operationName":5}""", "application/json"),
        ["variables is a string"] = () => PostRaw("""{"query":"{ hello }","variables":"{}"}""", "application/json"),
        ["variables is an array"] = () => PostRaw("""{"query":"{ hello }","variables":[1]}""", "application/json"),
        ["extensions is a number"] = () => PostRaw("""{"query":"{ hello }","extensions":3}""", "application/json"),
        ["body is a string"] = () => PostRaw("\"{ hello }\"", "application/json"),
        ["body is a number"] = () => PostRaw("42", "application/json"),

        // Nulls.
        ["body is null"] = () => PostRaw("null", "application/json"),
        ["query is null"] = () => PostRaw("""{"query":null}""", "application/json"),
        ["null variable value"] = () => PostRaw("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":null}}""", "application/json"),
        ["null for non-null variable"] = () => PostRaw("""{"query":"query($id: ID!) { item(id: $id) { id } }","variables":{"id":null}}""", "application/json"),

        // Arrays (batches).
        ["empty batch"] = () => PostRaw("[]", "application/json"),
        ["one-element batch"] = () => PostRaw("""[{"query":"{ hello }"}]""", "application/json"),
        ["batch of numbers"] = () => PostRaw("[1,2,3]", "application/json"),

        // Huge strings.
        ["huge body"] = () => PostRaw("{\"query\":\"{ hello }\",\"variables\":{\"s\":\"" + new string('x', 2_000_000) + "\"}}", "application/json"),
        ["huge document"] = () => Post(new { query = "{ hello " + new string(' ', 40_000) + "}" }),
        ["huge string literal"] = () => Post(new { query = "{ hello(name: \"" + new string('x', 15_000) + "\") }" }),
        ["huge variable string"] = () => Post(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = new string('y', 50_000) } }),
        ["huge operation name"] = () => Post(new { query = "{ hello }", operationName = new string('o', 50_000) }),
        ["huge get url"] = () => Get("query=" + Encode("{ hello " + new string(' ', 20_000) + "}")),
        ["many aliases"] = () => Post(new { query = "{" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"a{i}:hello ")) + "}" }),

        // Deep nesting.
        ["deep json arrays"] = () => PostRaw("""{"query":"{ hello }","variables":{"a":""" + new string('[', 5000) + new string(']', 5000) + "}}", "application/json"),
        ["deep json objects"] = () => PostRaw("""{"query":"{ hello }","extensions":""" + string.Concat(Enumerable.Repeat("""{"a":""", 3000)) + "1" + new string('}', 3000) + "}", "application/json"),
        ["deep selection sets"] = () => Post(new { query = string.Concat(Enumerable.Repeat("{a", 3000)) + new string('}', 3000) }),
        ["deep list literal"] = () => Post(new { query = "{ hello(name: " + new string('[', 3000) + new string(']', 3000) + ") }" }),
        ["deep object literal"] = () => Post(new { query = "{ hello(name: " + string.Concat(Enumerable.Repeat("{a:", 2000)) + "1" + new string('}', 2000) + ") }" }),
        ["fragment cycle"] = () => Post(new { query = "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }" }),
        ["fragment fan-out"] = () => Post(new { query = "{ ...F25 } fragment F0 on Query { hello } " + string.Join(" ", Enumerable.Range(1, 25).Select(i => $"fragment F{i} on Query {{ a{i}: hello ...F{i - 1} ...F{i - 1} ...F{i - 1} }}")) }),

        // Invalid UTF-8 and Unicode.
        ["invalid utf-8 byte"] = () => PostBytes([.. Encoding.UTF8.GetBytes("{\"query\":\"{ hello(name: \\\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\\\") }\"}")], "application/json"),
        ["lone 0xFF"] = () => PostBytes([0xFF, 0xFE, 0xFD], "application/json"),
        ["overlong encoding"] = () => PostBytes([.. Encoding.UTF8.GetBytes("{\"query\":\""), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\"}")], "application/json"),
        ["lone surrogate in query"] = () => PostRaw("""{"query":"{ hello(name: \"\ud800\") }"}""", "application/json"),
        ["lone surrogate in variable"] = () => PostRaw("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"\udfff"}}""", "application/json"),
        ["lone surrogate in variable name"] = () => PostRaw("""{"query":"{ hello }","variables":{"\ud800":1}}""", "application/json"),
        ["lone surrogate in hash"] = () => PostRaw("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\ud800"}}}""", "application/json"),
        ["nul characters"] = () => Post(new { query = "{ hello\0 }" }),
        ["invalid percent-encoding in get"] = () => Get("query=%FF%FE%7B"),
        ["lone surrogate in get variables"] = () => Get("query=" + Encode("query($n: String) { hello(name: $n) }") + "&variables=%7B%22n%22%3A%22%5Cud800%22%7D"),
        ["emoji everywhere"] = () => Post(new { query = "query Q\U0001F600 { hello(name: \"\U0001F600\") }" }),

        // Wrong variables.
        ["unknown variable"] = () => Post(new { query = "{ hello }", variables = new { nope = 1 } }),
        ["object for a string"] = () => Post(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = new { a = 1 } } }),
        ["string for an int"] = () => Post(new { query = "query($n: Int) { items(first: $n) { id } }", variables = new { n = "ten" } }),
        ["int overflow"] = () => PostRaw("""{"query":"query($n: Int) { items(first: $n) { id } }","variables":{"n":99999999999999999999999}}""", "application/json"),
        ["float for an int"] = () => PostRaw("""{"query":"query($n: Int) { items(first: $n) { id } }","variables":{"n":1.5}}""", "application/json"),
        ["number out of double range"] = () => PostRaw("""{"query":"query($n: Int) { items(first: $n) { id } }","variables":{"n":1e400}}""", "application/json"),
        ["negative page"] = () => Post(new { query = "query($n: Int) { items(first: $n) { id } }", variables = new { n = -5 } }),
        ["page over the maximum"] = () => Post(new { query = "{ items(first: 1000) { id } }" }),
        ["undeclared variable use"] = () => Post(new { query = "{ hello(name: $n) }" }),
        ["list for a scalar"] = () => Post(new { query = "query($id: ID!) { item(id: $id) { id } }", variables = new { id = new[] { 1, 2 } } }),
        ["variables in get not json"] = () => Get("query=" + Encode("{ hello }") + "&variables=" + Encode("{nope")),
        ["variables in get an array"] = () => Get("query=" + Encode("{ hello }") + "&variables=" + Encode("[1]")),

        // Transport oddities.
        ["duplicate get parameters"] = () => Get("query=" + Encode("{ hello }") + "&query=" + Encode("{ hello }")),
        ["garbage accept"] = () => Post(new { query = "{ hello }" }, ";;;,,\u0001"),
        ["accept with bad quality"] = () => Post(new { query = "{ hello }" }, "application/json;q=abc"),
        ["content type with empty charset"] = () => PostRaw("""{"query":"{ hello }"}""", "application/json; charset=\"\""),
        ["content type garbage"] = () => RawContentType(";;;"),
        ["graphql content type"] = () => PostRaw("{ hello }", "application/graphql"),
        ["subscription"] = () => Post(new { query = "subscription { hello }" }),
        ["two anonymous operations"] = () => Post(new { query = "{ hello } { hello }" }),
        ["operation name null string"] = () => Get("query=" + Encode("query null { hello }") + "&operationName=null"),
    };

    public static TheoryData<string> Names => [.. Inputs.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_never_gets_a_5xx(string name)
    {
        var response = await factory.CreateClient().SendAsync(Inputs[name]());
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.True(body.ContainsKey("errors") || body.ContainsKey("data"), name);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private static HttpRequestMessage RawContentType(string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        return request;
    }
}
