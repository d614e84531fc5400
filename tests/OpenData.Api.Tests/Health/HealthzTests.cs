using System.Net;
using System.Net.Http.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Health;

public sealed class HealthzTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Healthz_answers_ok_with_the_app_version()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        Assert.NotNull(body);
        Assert.Equal("ok", body["status"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", body["version"]);
    }
}
