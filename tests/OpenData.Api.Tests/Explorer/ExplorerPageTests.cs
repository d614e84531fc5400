using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Api.Explorer;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Explorer;

public sealed class ExplorerPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/", "text/html", "<title>Explorador")]
    [InlineData("/explorer/explorer.js", "text/javascript", "findTables")]
    [InlineData("/explorer/explorer.css", "text/css", "--accent")]
    public async Task Explorer_files_are_served_by_the_app(string path, string mediaType, string marker)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Page_loads_nothing_from_outside_the_app()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/explorer/explorer.js", UriKind.Relative));

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("http://", script, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unchanged_file_answers_304_to_its_etag()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/explorer/explorer.js", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/explorer/explorer.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }


    [Fact]
    public async Task The_developer_ide_is_bundled_and_served_offline()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var redirect = await client.GetAsync(new Uri("/ide?query=%7B%20dataset%20%7B%20version%20%7D%20%7D", UriKind.Relative));
        var html = await client.GetStringAsync(new Uri("/ide/", UriKind.Relative));
        var assets = Regex.Matches(html, "(?:src|href)=\"(/ide/assets/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/ide/?query=%7B%20dataset%20%7B%20version%20%7D%20%7D", redirect.Headers.Location?.OriginalString);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, "Esta compilación no incluye el IDE")]
    [InlineData("en", "This build does not include the IDE")]
    public async Task A_build_without_the_ide_answers_ide_with_a_coded_error_in_the_request_language(string? language, string message)
    {
        // The test assembly embeds no IDE bundle: the app then behaves as one built without src/explorer-ide.
        using var withoutIde = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton(new IdeAssets(typeof(ExplorerPageTests).Assembly)))));
        using var client = withoutIde.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ide/", UriKind.Relative));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("IDE_NOT_BUNDLED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }
}
