using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Hosting;

public sealed class HostHookAndLogTests : IDisposable
{
    private readonly TestApiFactory _factory = new();

    [Fact]
    public async Task The_hosts_execution_options_hook_runs_for_each_request()
    {
        var request = Post(new { query = "{ caller }" });
        request.Headers.Add(TestApiFactory.CallerHeader, "newsroom");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal("newsroom", (await response.JsonBodyAsync())["data"]?["caller"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_user_an_authentication_middleware_signed_in_reaches_the_resolvers_and_none_without_one()
    {
        var client = _factory.CreateClient();
        var signedIn = Post(new { query = "{ user caller }" });
        signedIn.Headers.Add(TestApiFactory.UserHeader, "lectora");
        signedIn.Headers.Add(TestApiFactory.CallerHeader, "newsroom");

        var data = (await (await client.SendAsync(signedIn)).JsonBodyAsync())["data"];
        var anonymous = await (await client.SendAsync(Post(new { query = "{ user }" }))).JsonBodyAsync();

        Assert.Equal("lectora", data?["user"]?.GetValue<string>());
        Assert.Equal("newsroom", data?["caller"]?.GetValue<string>());
        Assert.Null(anonymous["errors"]);
        Assert.Null(anonymous["data"]?["user"]);
    }

    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_duration_and_cost()
    {
        var response = await _factory.CreateClient().SendAsync(Post(new { query = "query TopItems { items(first: 3) { id } }" }));
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        var line = Assert.Single(_factory.Log.Lines, line =>
            line.Category.StartsWith("OpenData.GraphQL.Http", StringComparison.Ordinal)
            && line.Level == LogLevel.Information
            && line.Message.Contains(requestId, StringComparison.Ordinal));
        Assert.Contains("TopItems", line.Message, StringComparison.Ordinal);
        Assert.Contains("answered 200 in", line.Message, StringComparison.Ordinal);
        Assert.Contains("complexity 4", line.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
