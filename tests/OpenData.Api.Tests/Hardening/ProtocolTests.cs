using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>Fault 10's protocol items: HEAD wherever GET works, and a JSON body that starts with a UTF-8 BOM.</summary>
public sealed class ProtocolTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> GetPaths() =>
        ["/", "/graphql?query=%7B__typename%7D", "/healthz", "/readyz", "/catalog.json", "/metrics", "/export/sources.csv"];

    [Theory]
    [MemberData(nameof(GetPaths))]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        var client = factory.CreateClient();
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_json_body_with_a_utf8_bom_is_read()
    {
        var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}")).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
