using System.Net;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Errors;

public sealed class ErrorSafetyTests : IDisposable
{
    private readonly TestApiFactory _factory = new SmallLimitsApiFactory();
    private readonly HttpClient _client;

    public ErrorSafetyTests() => _client = _factory.CreateClient();

    public static TheoryData<string, string> FailingRequests => new()
    {
        { "resolver exception", """{"query":"{ hello fail }"}""" },
        { "parse error", """{"query":"{ hello"}""" },
        { "validation error", """{"query":"{ nope }"}""" },
        { "coercion error", """{"query":"query($id: ID!) { item(id: $id) { id } }","variables":{"id":{"deep":[1]}}}""" },
        { "bad json", """{"query": """ },
        { "too deep", """{"query":"{ items { children { children { children { children { id } } } } } }"}""" },
        { "too complex", """{"query":"{ items(first: 100) { id name } }"}""" },
        { "unknown persisted query", """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""" },
    };

    [Theory]
    [MemberData(nameof(FailingRequests))]
    public async Task No_error_body_carries_a_stack_trace_or_an_exception_message(string name, string body)
    {
        var response = await _client.SendAsync(PostRaw(body, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable, name);
        Assert.Contains("\"errors\"", text, StringComparison.Ordinal);
        AssertNothingInternal(text);
    }

    [Fact]
    public async Task A_timeout_body_carries_nothing_internal()
    {
        using var factory = new TimeoutApiFactory();
        using var client = factory.CreateClient();

        var response = await client.SendAsync(PostRaw($$"""{"query":"{{TimeoutApiFactory.Hanging}}"}""", "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"errors\"", text, StringComparison.Ordinal);
        AssertNothingInternal(text);
    }

    [Fact]
    public async Task A_resolver_exception_shows_a_generic_message_and_the_request_id_it_was_logged_under()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello fail }" }));
        var error = (await response.JsonBodyAsync())["errors"]![0]!;
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(requestId, error["extensions"]?["requestId"]?.GetValue<string>());
        var logged = _factory.Log.Lines.Single(line => line.Level == LogLevel.Error && line.Message.Contains(requestId, StringComparison.Ordinal));
        Assert.Contains(TestSchema.SecretFailure, logged.Exception?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_outside_execution_is_500_with_a_generic_body_and_the_request_id()
    {
        var request = Post(new { query = "{ hello }" });
        request.Headers.Add(TestApiFactory.ExplodeHeader, "1");

        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(requestId, text, StringComparison.Ordinal);
        Assert.Equal("INTERNAL_SERVER_ERROR", await response.FirstErrorCodeAsync());
        AssertNothingInternal(text);
        Assert.Contains(_factory.Log.Lines, line => line.Level == LogLevel.Error && line.Message.Contains(requestId, StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();

    private static void AssertNothingInternal(string text)
    {
        Assert.DoesNotContain(TestSchema.SecretFailure, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", text, StringComparison.OrdinalIgnoreCase);
    }
}
