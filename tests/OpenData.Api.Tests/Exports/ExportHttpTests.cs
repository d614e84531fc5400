using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Exports;

/// <summary>The HTTP side of downloads: media types, file names with the version, caching as GET /graphql, 404 for unknown files.</summary>
public sealed class ExportHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/export/sources.csv", "text/csv", "sources-{v}.csv")]
    [InlineData("/export/historyEvents.json", "application/json", "historyEvents-{v}.json")]
    [InlineData("/export/claims.ndjson", "application/x-ndjson", "claims-{v}.ndjson")]
    [InlineData("/export/opendata.sqlite", "application/vnd.sqlite3", "opendata-{v}.sqlite")]
    public async Task Download_is_an_attachment_named_with_the_dataset_version(string path, string mediaType, string fileName)
    {
        using var client = factory.CreateClient();
        var version = await VersionAsync(client);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName.Replace("{v}", version[..12], StringComparison.Ordinal), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Database_download_is_the_served_file_byte_for_byte()
    {
        using var client = factory.CreateClient();

        var served = await client.GetByteArrayAsync(new Uri("/export/opendata.sqlite", UriKind.Relative));

        Assert.Equal(await File.ReadAllBytesAsync(await TestDataset.PathAsync()), served);
    }

    [Theory]
    [InlineData("/export/sources.csv")]
    [InlineData("/export/sources.csv?bom=1")]
    [InlineData("/export/opendata.sqlite")]
    [InlineData("/catalog.json")]
    public async Task Unchanged_download_answers_304_to_its_etag(string path)
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/export/sources.csv")]
    [InlineData("/export/opendata.sqlite")]
    public async Task Head_answers_the_headers_of_get_without_the_body(string path)
    {
        using var client = factory.CreateClient();
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Etag_differs_between_files_formats_and_bom()
    {
        using var client = factory.CreateClient();
        string[] paths = ["/export/sources.csv", "/export/sources.json", "/export/sources.csv?bom=1", "/export/people.csv"];

        var etags = new List<EntityTagHeaderValue>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            etags.Add(response.Headers.ETag!);
        }

        Assert.Equal(paths.Length, etags.Distinct().Count());
    }

    [Fact]
    public async Task Stale_etag_gets_the_full_download()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/sources.csv", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-version\"", isWeak: true));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/export/nothing.csv")]
    [InlineData("/export/sources.xlsx")]
    [InlineData("/export/sources")]
    [InlineData("/export/Sources.csv")]
    public async Task Unknown_collection_or_format_is_404_listing_the_valid_ones(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var extensions = body.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("EXPORT_NOT_FOUND", extensions.GetProperty("code").GetString());
        Assert.Equal(Downloadable.AllNames.Order(), extensions.GetProperty("collections").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(["csv", "json", "ndjson"], extensions.GetProperty("formats").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("/export/opendata.sqlite", extensions.GetProperty("files").EnumerateArray().Select(e => e.GetString()));
        // The API's one error writer (ErrorBody): not cacheable, the request id in the header and in the body.
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Request-Id")), extensions.GetProperty("requestId").GetString());
    }

    private static async Task<string> VersionAsync(HttpClient client) =>
        (await new GraphQLClient(client).DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString()!;
}
