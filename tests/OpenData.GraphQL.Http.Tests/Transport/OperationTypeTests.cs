using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Transport;

/// <summary>Mutations and subscriptions on a read-only schema, as the real API has.</summary>
public sealed class OperationTypeTests : IDisposable
{
    private readonly TestApiFactory _factory = new() { ReadOnlySchema = true };
    private readonly HttpClient _client;

    public OperationTypeTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Mutation_by_post_on_a_read_only_schema_is_refused_as_invalid()
    {
        var response = await _client.SendAsync(Post(new { query = "mutation { touch }" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("OPERATION_NOT_SUPPORTED", (await response.JsonBodyAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_by_get_on_a_read_only_schema_is_405()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("mutation { touch }"), Json));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Subscription_by_post_is_refused_as_invalid()
    {
        var response = await _client.SendAsync(Post(new { query = "subscription { hello }" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("OPERATION_NOT_SUPPORTED", (await response.JsonBodyAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_still_work()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
