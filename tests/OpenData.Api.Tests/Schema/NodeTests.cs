using System.Text;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

public sealed class NodeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Global(string type, string slug) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{slug}"));

    [Fact]
    public async Task Node_ids_round_trip_for_every_type()
    {
        var client = new GraphQLClient(factory.CreateClient());
        var data = await client.DataAsync("""
            {
              programs(first: 1) { nodes { id slug } }
              municipalities(first: 1) { nodes { id slug } }
              conflicts(first: 1) { nodes { id slug claims { id slug } } }
              agreement(id: "convenio-avgm-2023") { signatories { id slug } }
              institution { id slug formerNames { id slug } }
            }
            """);
        var pairs = new List<(string Id, string Slug)>
        {
            Pair(data.GetProperty("programs").GetProperty("nodes")[0]),
            Pair(data.GetProperty("municipalities").GetProperty("nodes")[0]),
            Pair(data.GetProperty("conflicts").GetProperty("nodes")[0]),
            Pair(data.GetProperty("conflicts").GetProperty("nodes")[0].GetProperty("claims")[0]),
            Pair(data.GetProperty("agreement").GetProperty("signatories")[0]),
            Pair(data.GetProperty("institution")),
            Pair(data.GetProperty("institution").GetProperty("formerNames")[0]),
        };

        var nodes = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = pairs.Select(p => p.Id).Append(Global("Program", "no-existe")).ToArray() });

        var returned = nodes.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(pairs.Count + 1, returned.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            Assert.Equal(pairs[i].Id, returned[i].GetProperty("id").GetString());
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, returned[^1].ValueKind);
        Assert.Equal(Global("Program", pairs[0].Slug), pairs[0].Id);
    }

    [Fact]
    public async Task By_id_fields_take_a_slug_or_a_global_id()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync(
            "query($g: ID!) { bySlug: program(id: \"paimef\") { slug } byGlobal: program(id: $g) { slug } missing: program(id: \"no-existe\") { slug } }",
            new { g = Global("Program", "paimef") });

        Assert.Equal("paimef", data.GetProperty("bySlug").GetProperty("slug").GetString());
        Assert.Equal("paimef", data.GetProperty("byGlobal").GetProperty("slug").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task Bad_global_ids_are_field_errors_with_a_code_and_the_rest_resolves()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.PostAsync(
            "query($wrongType: ID!) { bad: node(id: \"not-base64!\") { id } wrong: program(id: $wrongType) { slug } ok: institution { slug } }",
            new { wrongType = Global("Municipality", "mun-durango") });

        var codes = result.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.Equal(["INVALID_ID", "INVALID_ID"], codes);
        Assert.Equal("iem-durango", result.GetProperty("data").GetProperty("ok").GetProperty("slug").GetString());
    }

    private static (string Id, string Slug) Pair(System.Text.Json.JsonElement node) =>
        (node.GetProperty("id").GetString()!, node.GetProperty("slug").GetString()!);
}
