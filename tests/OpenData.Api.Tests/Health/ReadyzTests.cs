using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;

namespace OpenData.Api.Tests.Health;

public sealed class ReadyzTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Readyz_reports_the_served_dataset_version()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(DatasetFile.ReadVersion(await TestDataset.PathAsync()), body.GetProperty("datasetVersion").GetString());
    }
}
