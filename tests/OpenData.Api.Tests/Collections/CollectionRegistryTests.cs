using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using OpenData.Api.Collections;
using OpenData.Api.Collections.Common;
using OpenData.Api.Records;
using OpenData.Api.Search;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Collections;

/// <summary>
/// Every collection declared in <see cref="ApiCollections"/> appears, over HTTP, everywhere a collection must: its
/// download, the catalogue, the dataset counts, the Query fields, node resolution, the search types and its record pages.
/// A declaration that one of the derived places forgets fails here.
/// </summary>
public sealed class CollectionRegistryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Declared() => [.. ApiCollections.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Declared))]
    public async Task A_declared_collection_appears_everywhere_a_collection_must(string name)
    {
        var collection = ApiCollections.All.Single(c => c.Name == name);
        using var http = factory.CreateClient();
        var client = new GraphQLClient(http);

        // Its download, with its records (the test dataset has some of every collection).
        var rows = await DownloadRowsAsync(http, name);
        Assert.NotEmpty(rows);
        var slug = rows[0].GetProperty("id").GetString()!;

        // The catalogue lists the download in every format.
        var catalog = JsonDocument.Parse(await http.GetStringAsync(new Uri("/catalog.json", UriKind.Relative))).RootElement;
        var urls = catalog.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("downloadURL").GetString()!).ToList();
        foreach (var extension in new[] { "csv", "json", "ndjson" })
        {
            Assert.Contains(urls, url => url.EndsWith($"export/{name}.{extension}", StringComparison.Ordinal));
        }

        // The dataset counts it, as many records as its download holds.
        var counts = (await client.DataAsync("{ dataset { counts { collection count } } }")).GetProperty("dataset").GetProperty("counts");
        var count = counts.EnumerateArray().Where(c => c.GetProperty("collection").GetString() == name).Select(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.Equal([rows.Count], count);

        // A root collection has its collection and by-id fields on Query; a child collection has neither.
        var queryFields = (await client.DataAsync("{ __type(name: \"Query\") { fields { name } } }"))
            .GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
        var byId = char.ToLowerInvariant(collection.TypeName[0]) + collection.TypeName[1..];
        Assert.Equal(collection.Root is not null, queryFields.Contains(name));
        Assert.Equal(collection.Root is not null, queryFields.Contains(byId));

        // Node resolution knows its type.
        var node = await client.DataAsync(
            "query($id: ID!) { node(id: $id) { __typename id } }", new { id = Global(collection.TypeName, slug) });
        Assert.Equal(collection.TypeName, node.GetProperty("node").GetProperty("__typename").GetString());

        // The search covers it when it declares a search text.
        var searchable = (await client.DataAsync("{ __type(name: \"SearchableType\") { enumValues { name } } }"))
            .GetProperty("__type").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();
        Assert.Equal(collection.SearchDescription is not null, searchable.Contains(SearchableCollection.EnumNameOf(collection.TypeName)));

        // Its records have pages, and the list of kinds names it.
        using var page = await http.GetAsync(new Uri(RecordKinds.PathOf(collection.TypeName, slug), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var kinds = JsonDocument.Parse(await http.GetStringAsync(new Uri("/registros/tipos.json", UriKind.Relative))).RootElement;
        Assert.Contains(kinds.EnumerateArray(), k => k.GetProperty("type").GetString() == collection.TypeName);
    }

    [Fact]
    public async Task Every_download_and_every_count_is_a_declared_collection()
    {
        using var http = factory.CreateClient();
        var client = new GraphQLClient(http);
        var declared = ApiCollections.All.Select(c => c.Name).ToHashSet();

        var counted = (await client.DataAsync("{ dataset { counts { collection } } }")).GetProperty("dataset").GetProperty("counts")
            .EnumerateArray().Select(c => c.GetProperty("collection").GetString()!).ToList();
        var catalog = JsonDocument.Parse(await http.GetStringAsync(new Uri("/catalog.json", UriKind.Relative))).RootElement;
        var downloads = catalog.GetProperty("distribution").EnumerateArray()
            .Select(d => d.GetProperty("downloadURL").GetString()!)
            .Where(url => url.EndsWith(".ndjson", StringComparison.Ordinal))
            .Select(url => Path.GetFileNameWithoutExtension(new Uri(new Uri("http://localhost/"), url).AbsolutePath))
            .ToList();

        Assert.Equal(declared.Order(StringComparer.Ordinal), counted.Order(StringComparer.Ordinal));
        // The sources of each field are the one download that is no collection of records.
        Assert.Equal([.. declared.Append("fieldProvenance").Order(StringComparer.Ordinal)], downloads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_record_type_takes_its_name_from_the_domain_declaration()
    {
        Assert.All(ApiCollections.All, collection =>
        {
            var baseType = collection.GraphType.BaseType!;
            Assert.True(
                baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(RecordGraphType<>) && baseType.GetGenericArguments()[0] == collection.Domain.EntityType,
                $"{collection.GraphType.Name} is not a RecordGraphType<{collection.Domain.EntityType.Name}>");
            var graphType = (IGraphType)Activator.CreateInstance(collection.GraphType)!;
            Assert.Equal(collection.Domain.TypeName, graphType.Name);
        });
    }

    internal static string Global(string type, string slug) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{slug}"));

    internal static async Task<List<JsonElement>> DownloadRowsAsync(HttpClient http, string name)
    {
        using var response = await http.GetAsync(new Uri($"/export/{name}.ndjson", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }
}
