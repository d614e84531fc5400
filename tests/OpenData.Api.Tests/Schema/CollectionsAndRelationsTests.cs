using System.Text.Json;
using OpenData.Api.Collections;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;

namespace OpenData.Api.Tests.Schema;

/// <summary>Every collection and relation is reachable through HTTP, and every record exposes its sources.</summary>
public sealed class CollectionsAndRelationsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Every cursor-paged collection of the Query root (funding records page by offset: see below).</summary>
    public static TheoryData<string, string> Collections()
    {
        var data = new TheoryData<string, string>();
        foreach (var collection in ApiCollections.All.Where(c => c.Root is { OffsetPaged: false }))
        {
            data.Add(collection.Name, collection.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_record_of_the_collection_is_served_with_its_sources(string field, string collection)
    {
        var client = new GraphQLClient(factory.CreateClient());
        var expected = await CountAsync(collection);

        var slugs = new List<string>();
        string? after = null;
        do
        {
            var data = await client.DataAsync(
                $"query($after: String) {{ {field}(first: 100, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ slug sources {{ url }} }} }} }}",
                new { after });
            var page = data.GetProperty(field);
            Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                slugs.Add(node.GetProperty("slug").GetString()!);
                Assert.True(node.GetProperty("sources").GetArrayLength() > 0, $"{field} {node.GetProperty("slug")} has no sources");
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(expected, slugs.Count);
        Assert.Equal(slugs.Order(StringComparer.Ordinal), slugs);
    }

    [Fact]
    public async Task Funding_records_page_by_offset_with_sources()
    {
        var client = new GraphQLClient(factory.CreateClient());
        var expected = await CountAsync("fundingRecords");

        var data = await client.DataAsync("{ fundingRecords(take: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } items { slug sources { url } } } }");

        var segment = data.GetProperty("fundingRecords");
        Assert.Equal(expected, segment.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, segment.GetProperty("items").GetArrayLength());
        Assert.All(segment.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("sources").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Sources_are_served_with_url_and_every_other_record_cites_only_existing_sources()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("{ sources(first: 100) { totalCount nodes { slug title url kind } } }");

        var sources = data.GetProperty("sources");
        Assert.Equal(await CountAsync("sources"), sources.GetProperty("totalCount").GetInt32());
        Assert.All(sources.GetProperty("nodes").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task Relations_are_followed_both_ways()
    {
        var client = new GraphQLClient(factory.CreateClient());

        // Several requests: one would exceed the complexity limit, which is the point of the limit.
        var data = Merge(
            await client.DataAsync("""
                {
                  institution {
                    slug
                    foundingInstrument { slug historyEvents { slug } }
                    formerNames { name institution { slug } }
                    history { slug institution { slug } }
                    objectives { slug plan { slug objectives { slug } policies { slug plan { slug } } } institution { slug } }
                    appointments { slug person { slug appointments { slug } } institution { slug } }
                  }
                  programs(first: 50) { nodes { slug fundingRecords { slug program { slug } agreement { slug } } } }
                }
                """),
            await client.DataAsync("""
                {
                  agreements(first: 50) { nodes { slug signatories { slug agreement { slug } person { slug signatures { slug } } } fundingRecords { slug } } }
                  conflicts(first: 50) { nodes { slug subject { id } claims { slug conflict { slug } sources { slug } } } }
                }
                """),
            await client.DataAsync("""
                { municipalities(first: 50) { nodes { slug centres { slug municipality { slug } } centresServing { slug municipalitiesServed { slug } } historyEvents { slug municipalities { slug } } } } }
                """),
            await client.DataAsync("""
                { historyEvents(first: 50) { nodes { slug municipalities { slug } legalInstruments { slug historyEvents { slug } } } } }
                """));

        var institution = data.GetProperty("institution");
        Assert.Equal("iem-durango", institution.GetProperty("slug").GetString());
        Assert.All(institution.GetProperty("history").EnumerateArray(), e => Assert.Equal("iem-durango", e.GetProperty("institution").GetProperty("slug").GetString()));
        Assert.NotEmpty(institution.GetProperty("objectives").EnumerateArray());
        Assert.NotEmpty(institution.GetProperty("appointments").EnumerateArray());

        // Each direction agrees with the other.
        foreach (var program in data.GetProperty("programs").GetProperty("nodes").EnumerateArray())
        {
            Assert.All(program.GetProperty("fundingRecords").EnumerateArray(),
                f => Assert.Equal(program.GetProperty("slug").GetString(), f.GetProperty("program").GetProperty("slug").GetString()));
        }

        foreach (var municipality in data.GetProperty("municipalities").GetProperty("nodes").EnumerateArray())
        {
            var slug = municipality.GetProperty("slug").GetString();
            Assert.All(municipality.GetProperty("centres").EnumerateArray(),
                c => Assert.Equal(slug, c.GetProperty("municipality").GetProperty("slug").GetString()));
            Assert.All(municipality.GetProperty("centresServing").EnumerateArray(),
                c => Assert.Contains(c.GetProperty("municipalitiesServed").EnumerateArray(), m => m.GetProperty("slug").GetString() == slug));
            Assert.All(municipality.GetProperty("historyEvents").EnumerateArray(),
                e => Assert.Contains(e.GetProperty("municipalities").EnumerateArray(), m => m.GetProperty("slug").GetString() == slug));
        }

        var municipalitiesWithEvents = data.GetProperty("municipalities").GetProperty("nodes").EnumerateArray()
            .Count(m => m.GetProperty("historyEvents").GetArrayLength() > 0);
        Assert.True(municipalitiesWithEvents > 0);
        Assert.All(data.GetProperty("conflicts").GetProperty("nodes").EnumerateArray(), c =>
        {
            Assert.NotEqual(JsonValueKind.Null, c.GetProperty("subject").ValueKind);
            Assert.True(c.GetProperty("claims").GetArrayLength() >= 2);
            Assert.All(c.GetProperty("claims").EnumerateArray(), claim => Assert.True(claim.GetProperty("sources").GetArrayLength() > 0));
        });
    }

    [Fact]
    public async Task Disputed_declaration_day_returns_each_claim_with_its_own_source()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            {
              historyEvent(id: "avgm-declaracion-2018") {
                date
                conflicts { slug topic claims { value sources { publisher url } } }
              }
            }
            """);

        var conflict = Assert.Single(
            data.GetProperty("historyEvent").GetProperty("conflicts").EnumerateArray(),
            c => c.GetProperty("slug").GetString() == "avgm-fecha-declaracion");
        var claims = conflict.GetProperty("claims").EnumerateArray().ToDictionary(
            c => c.GetProperty("value").GetString()!,
            c => c.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("publisher").GetString()).ToList());
        Assert.Contains("El Sol de Durango", claims["2018-11-05"]);
        Assert.Contains("Proceso", claims["2018-11-07"]);
        Assert.True(claims.Count >= 3);
    }

    private static JsonElement Merge(params JsonElement[] parts)
    {
        var merged = new System.Text.Json.Nodes.JsonObject();
        foreach (var part in parts)
        {
            foreach (var property in part.EnumerateObject())
            {
                merged[property.Name] = System.Text.Json.Nodes.JsonNode.Parse(property.Value.GetRawText());
            }
        }

        return JsonDocument.Parse(merged.ToJsonString()).RootElement.Clone();
    }

    private static async Task<int> CountAsync(string collection)
    {
        var info = DatasetFile.ReadInfo(await TestDataset.PathAsync())!;
        return OpenData.Api.Schema.Dataset.CollectionCount.Of(info).Single(c => c.Collection == collection).Count;
    }
}
