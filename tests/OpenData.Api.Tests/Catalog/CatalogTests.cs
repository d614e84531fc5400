using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using OpenData.Api.Tests.Exports;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>GET /catalog.json: the DCAT description of the dataset, with one distribution per download whose size and hash match the bytes served.</summary>
public sealed class CatalogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_distribution_has_the_size_and_sha256_of_the_bytes_served()
    {
        using var client = factory.CreateClient();
        using var catalog = await CatalogAsync(client);

        var distributions = catalog.RootElement.GetProperty("distribution").EnumerateArray().ToList();

        Assert.Equal((Downloadable.AllNames.Count * 3) + 1, distributions.Count);
        foreach (var distribution in distributions)
        {
            var url = new Uri(distribution.GetProperty("downloadURL").GetString()!);
            Assert.Equal("http://localhost", url.GetLeftPart(UriPartial.Authority));
            var bytes = await client.GetByteArrayAsync(new Uri(url.PathAndQuery, UriKind.Relative));
            Assert.Equal(bytes.LongLength, distribution.GetProperty("byteSize").GetInt64());
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Equal(sha256, distribution.GetProperty("sha256").GetString());
            Assert.Equal(sha256, distribution.GetProperty("checksum").GetProperty("checksumValue").GetString());
            Assert.Equal(url.ToString(), distribution.GetProperty("accessURL").GetString());
            Assert.False(string.IsNullOrWhiteSpace(distribution.GetProperty("title").GetString()));
        }

        var paths = distributions.Select(d => new Uri(d.GetProperty("downloadURL").GetString()!).AbsolutePath).ToList();
        Assert.Contains("/export/opendata.sqlite", paths);
        Assert.All(Downloadable.All, c => Assert.Contains($"/export/{c.Name}.ndjson", paths));
    }

    [Fact]
    public async Task Describes_the_dataset_in_dcat_terms()
    {
        using var client = factory.CreateClient();
        using var catalog = await CatalogAsync(client);
        var dataset = (await new GraphQLClient(client).DataAsync("{ dataset { title version builtAt publisher licence { url } } }")).GetProperty("dataset");

        var root = catalog.RootElement;

        Assert.Equal("dcat:Dataset", root.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/catalog.json#dataset", root.GetProperty("@id").GetString());
        Assert.Equal("schema:sha256", root.GetProperty("@context").GetProperty("sha256").GetString());
        Assert.Equal("http://www.w3.org/ns/dcat#", root.GetProperty("@context").GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", root.GetProperty("@context").GetProperty("dct").GetString());
        Assert.Equal(dataset.GetProperty("title").GetString(), root.GetProperty("title").GetString());
        Assert.Equal(dataset.GetProperty("version").GetString(), root.GetProperty("version").GetString());
        Assert.Equal(dataset.GetProperty("publisher").GetString(), root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://datos.gob.mx/libreusomx", root.GetProperty("license").GetString());
        Assert.Equal(dataset.GetProperty("licence").GetProperty("url").GetString(), root.GetProperty("license").GetString());
        Assert.Equal("es", root.GetProperty("language").GetString());
        Assert.Contains("Durango", root.GetProperty("spatial").GetProperty("prefLabel").GetString(), StringComparison.Ordinal);
        // dct:issued is the build time to the second (xsd:dateTime, UTC).
        var builtAt = dataset.GetProperty("builtAt").GetDateTime().ToUniversalTime();
        Assert.Equal(builtAt.AddTicks(-(builtAt.Ticks % TimeSpan.TicksPerSecond)).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("issued").GetString());
        Assert.Equal(root.GetProperty("issued").GetString(), root.GetProperty("modified").GetString());
        Assert.NotEmpty(root.GetProperty("keyword").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Temporal_coverage_spans_history_events_and_fiscal_years()
    {
        using var client = factory.CreateClient();
        using var catalog = await CatalogAsync(client);
        var data = await new GraphQLClient(client).DataAsync(
            "{ historyEvents(first: 100) { nodes { dateStart dateEnd } } fundingRecords(take: 100) { items { fiscalYear fiscalYearEnd } } agreements(first: 100) { nodes { fiscalYear } } }");

        var events = data.GetProperty("historyEvents").GetProperty("nodes").EnumerateArray().ToList();
        var years = data.GetProperty("fundingRecords").GetProperty("items").EnumerateArray()
            .SelectMany(r => new[] { r.GetProperty("fiscalYear"), r.GetProperty("fiscalYearEnd") })
            .Concat(data.GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("fiscalYear")))
            .Where(y => y.ValueKind == JsonValueKind.Number).Select(y => y.GetInt32()).ToList();
        var starts = events.Select(e => DateOnly.Parse(e.GetProperty("dateStart").GetString()!, CultureInfo.InvariantCulture)).Append(new DateOnly(years.Min(), 1, 1));
        var ends = events.Select(e => DateOnly.Parse(e.GetProperty("dateEnd").GetString()!, CultureInfo.InvariantCulture)).Append(new DateOnly(years.Max(), 12, 31));

        var temporal = catalog.RootElement.GetProperty("temporal");
        Assert.Equal(starts.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), temporal.GetProperty("startDate").GetString());
        Assert.Equal(ends.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), temporal.GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task Download_addresses_follow_the_configured_public_url()
    {
        await using var configured = new PublicUrlApiFactory();
        using var client = configured.CreateClient();

        using var catalog = await CatalogAsync(client);

        Assert.All(catalog.RootElement.GetProperty("distribution").EnumerateArray(), d =>
            Assert.StartsWith("https://datos.example.mx/iem/export/", d.GetProperty("downloadURL").GetString(), StringComparison.Ordinal));
    }

    private static async Task<JsonDocument> CatalogAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/catalog.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    private sealed class PublicUrlApiFactory : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() => [("Dataset:PublicUrl", "https://datos.example.mx/iem/graphql")];
    }
}
