using System.Text.Json;
using OpenData.Api.Collections;
using OpenData.Api.Explorer;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Money;

/// <summary>Every record type implements PublishedRecord, so one fragment brings any record's (and any search hit's) sources.</summary>
public sealed class PublishedRecordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_record_type_implements_PublishedRecord_and_Node()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            {
              published: __type(name: "PublishedRecord") { kind description fields { name } possibleTypes { name } }
              node: __type(name: "Node") { possibleTypes { name } }
            }
            """);

        var published = data.GetProperty("published");
        Assert.Equal("INTERFACE", published.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(published.GetProperty("description").GetString()));
        Assert.Equal(["conflicts", "id", "slug", "sources"], published.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var types = Names(published.GetProperty("possibleTypes"));
        Assert.Equal(Names(data.GetProperty("node").GetProperty("possibleTypes")), types);
        Assert.Equal(ApiCollections.All.Select(c => c.TypeName).Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_search_example_brings_every_hit_s_sources_with_one_fragment()
    {
        var example = new ExampleQueries().All.Single(e => e.Name == "18-busqueda-de-texto");
        Assert.Contains("... on PublishedRecord", example.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("sources", example.Query.Split("... on PublishedRecord")[1].Split('}', 3)[2], StringComparison.Ordinal);
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.PostAsync(example.Query, example.Variables);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        var hits = result.GetProperty("data").GetProperty("search").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("node").GetProperty("slug").GetString()));
            Assert.All(hit.GetProperty("node").GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("http", s.GetProperty("url").GetString(), StringComparison.Ordinal));
            Assert.NotEmpty(hit.GetProperty("node").GetProperty("sources").EnumerateArray());
        });
    }

    [Fact]
    public async Task One_fragment_serves_hits_of_every_type()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            { search(text: "durango", first: 50) { nodes { type node { ... on PublishedRecord { id slug sources { slug } conflicts { slug } } } } } }
            """);

        var hits = data.GetProperty("search").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(hits.Select(h => h.GetProperty("type").GetString()).Distinct().Count() >= 4);
        Assert.All(hits, hit => Assert.NotEmpty(hit.GetProperty("node").GetProperty("sources").EnumerateArray()));
        // A source is backed by itself.
        Assert.All(hits.Where(h => h.GetProperty("type").GetString() == "SOURCE"), hit =>
            Assert.Equal(hit.GetProperty("node").GetProperty("slug").GetString(), Assert.Single(hit.GetProperty("node").GetProperty("sources").EnumerateArray()).GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task A_signatory_is_covered_by_its_agreement_s_sources()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""{ agreement(id: "convenio-avgm-2023") { sources { slug } signatories { slug sources { slug } conflicts { slug } } } }""");

        var agreement = data.GetProperty("agreement");
        var expected = agreement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ToList();
        Assert.NotEmpty(expected);
        Assert.All(agreement.GetProperty("signatories").EnumerateArray(), s =>
            Assert.Equal(expected, s.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("slug").GetString())));
    }

    private static List<string> Names(JsonElement types) =>
        [.. types.EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
}
