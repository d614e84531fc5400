using System.Net;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Limits;

/// <summary>
/// The execution timeout, without a stopwatch: the configured value is the one execution gets, and an execution that
/// would run for ten minutes ends with 503 TIMEOUT. Only the timeout can end it that early; the two-minute guard
/// exists so that a broken timeout fails the test instead of hanging the run.
/// </summary>
public sealed class TimeoutTests(TimeoutApiFactory factory) : IClassFixture<TimeoutApiFactory>
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_configured_timeout_is_the_one_execution_gets()
    {
        var response = await _client.SendAsync(Post(new { query = "{ hello }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeoutApiFactory.Timeout, factory.LastExecutionTimeout);
    }

    [Fact]
    public async Task Slow_execution_is_stopped_with_503_timeout()
    {
        var response = await SendGuardedAsync(Post(new { query = TimeoutApiFactory.Hanging }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("TIMEOUT", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Timeout_is_503_under_application_json_too()
    {
        var response = await SendGuardedAsync(Post(new { query = TimeoutApiFactory.Hanging }, Json));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("TIMEOUT", await response.FirstErrorCodeAsync());
    }

    private async Task<HttpResponseMessage> SendGuardedAsync(HttpRequestMessage request)
    {
        using var guard = new CancellationTokenSource(Guard);
        try
        {
            return await _client.SendAsync(request, guard.Token);
        }
        catch (OperationCanceledException) when (guard.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"no answer within {Guard.TotalMinutes} minutes: the {TimeoutApiFactory.Timeout.TotalSeconds} s execution timeout did not stop the execution");
        }
    }
}
