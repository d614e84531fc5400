using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace OpenData.Api.Tests.Releases;

/// <summary>GET /changes.atom is Atom 1.0 in Spanish, one entry per release listing its changes; downloads and the catalogue name the release.</summary>
public sealed class ChangesFeedTests(TwoReleaseDataset dataset) : IClassFixture<TwoReleaseDataset>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_valid_atom_with_one_entry_per_release_and_its_changes()
    {
        var client = await dataset.SqliteClientAsync();
        using var response = await client.GetAsync(new Uri("/changes.atom", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The framework's Atom 1.0 reader accepts it...
        using (var reader = XmlReader.Create(new MemoryStream(bytes)))
        {
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader));
            formatter.ReadFrom(reader);
            Assert.Equal(2, formatter.Feed.Items.Count());
        }

        // ...and the structure RFC 4287 requires is there, strictly.
        var feed = XDocument.Load(new MemoryStream(bytes)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("es", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.Single(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");
        Assert.All(feed.Elements().Where(e => e.Name.Namespace != Atom), e => Assert.Fail($"unexpected element {e.Name}"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated", "content" })
            {
                Assert.Single(entry.Elements(Atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", entry.Element(Atom + "updated")!.Value);
            Assert.Equal("text", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        }

        var newest = entries[0];
        Assert.StartsWith("Versión 2 (2026-02-10): Corrige un monto", newest.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var content = newest.Element(Atom + "content")!.Value;
        Assert.Contains($"Cambiado: FundingRecord {TwoReleaseDataset.Corrected}\n  amount: 11875969 → 11875970\n", content, StringComparison.Ordinal);
        Assert.Contains($"Retirado: FundingRecord {TwoReleaseDataset.Removed}\n", content, StringComparison.Ordinal);
        Assert.Contains($"Nuevo: GlossaryTerm {TwoReleaseDataset.Added}\n", content, StringComparison.Ordinal);
        Assert.Equal("1 registros nuevos, 1 cambiados y 1 retirados.", newest.Element(Atom + "summary")!.Value);
        Assert.StartsWith("Versión 1 (2026-01-10)", entries[1].Element(Atom + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_and_the_catalogue_name_their_release_and_the_catalogue_lists_the_releases()
    {
        var client = await dataset.SqliteClientAsync();

        using var download = await client.GetAsync(new Uri("/export/fundingRecords.csv", UriKind.Relative));
        Assert.Equal("2", Assert.Single(download.Headers.GetValues("Dataset-Release")));

        var catalog = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/catalog.json", UriKind.Relative))).RootElement;
        Assert.Equal("owl:versionInfo", catalog.GetProperty("@context").GetProperty("release").GetString());
        Assert.Equal("2", catalog.GetProperty("release").GetString());
        Assert.Equal(["2", "1"], catalog.GetProperty("hasVersion").EnumerateArray().Select(v => v.GetProperty("release").GetString()));
        Assert.Equal("2026-02-10T00:00:00Z", catalog.GetProperty("hasVersion")[0].GetProperty("issued").GetString());
        Assert.All(catalog.GetProperty("distribution").EnumerateArray(), d => Assert.Equal("2", d.GetProperty("release").GetString()));
    }
}
