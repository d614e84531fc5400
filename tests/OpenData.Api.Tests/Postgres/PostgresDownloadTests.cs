using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>Bulk downloads and the catalogue with the dataset in PostgreSQL: the collections, and no SQLite file to offer.</summary>
public sealed class PostgresDownloadTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    [PostgresFact]
    public async Task Catalogue_lists_every_collection_download_and_no_database_file()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/catalog.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = catalog.RootElement.GetProperty("distribution").EnumerateArray()
            .Select(d => d.GetProperty("downloadURL").GetString()!).ToList();
        Assert.Contains(urls, u => u.EndsWith("/export/sources.csv", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.EndsWith(".sqlite", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Database_file_is_not_found_and_collections_download()
    {
        using var client = factory.CreateClient();

        using var sqlite = await client.GetAsync(new Uri("/export/opendata.sqlite", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/export/sources.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, sqlite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("id,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
