using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 6 (the catalogue reflected any Host into every downloadURL, cached without Vary): addresses come from
/// Dataset:PublicUrl or a trusted Host only, and the answer says it varies by Host.
/// </summary>
public sealed class CatalogHostTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_untrusted_host_never_appears_in_the_catalogue_or_the_dataset_address()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog.json");
        request.Headers.Host = "evil.example";
        using var catalogue = await client.SendAsync(request);
        var text = await catalogue.Content.ReadAsStringAsync();

        Assert.True(catalogue.IsSuccessStatusCode);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.Contains("Host", catalogue.Headers.Vary);
        var urls = JsonDocument.Parse(text).RootElement.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("downloadURL").GetString()!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.False(Uri.TryCreate(url, UriKind.Absolute, out _), url));

        using var graphql = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ dataset { url } }"));
        graphql.Headers.Host = "evil.example";
        graphql.Headers.Accept.ParseAdd("application/json");
        using var answer = await client.SendAsync(graphql);
        Assert.DoesNotContain("evil.example", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_host_gets_absolute_addresses()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog.json");
        request.Headers.Host = "localhost:5080";
        using var catalogue = await client.SendAsync(request);
        var urls = JsonDocument.Parse(await catalogue.Content.ReadAsStringAsync()).RootElement.GetProperty("distribution").EnumerateArray()
            .Select(d => d.GetProperty("downloadURL").GetString()!).ToList();

        Assert.All(urls, url => Assert.StartsWith("http://localhost:5080/export/", url, StringComparison.Ordinal));
    }
}
