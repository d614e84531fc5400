using System.Text;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

public sealed class NodeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Global(string type, string slug) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{slug}"));

    /// <summary>
    /// Every type that implements Node, as the schema says (introspection), reached by the shortest path of fields
    /// without required arguments from Query; the first record found there comes back from nodes(ids:) with the same
    /// id and type, and its id is base64 of "Type:slug".
    /// </summary>
    [Fact]
    public async Task Node_ids_round_trip_for_every_type_that_implements_node()
    {
        var client = new GraphQLClient(factory.CreateClient());
        var schema = await SchemaGraph.ReadAsync(client);
        Assert.NotEmpty(schema.NodeTypes);

        var found = new List<(string Type, string Id, string Slug)>();
        foreach (var type in schema.NodeTypes)
        {
            var path = schema.ShortestPathTo(type) ?? throw new Xunit.Sdk.XunitException($"no field path without required arguments reaches {type}");
            var data = await client.DataAsync("{ " + SchemaGraph.Selection(path, "id slug __typename") + " }");
            var records = SchemaGraph.Leaves(data, path.Count).ToList();
            Assert.True(records.Count > 0, $"no {type} under {string.Join('.', path)} in the test dataset");
            var record = records[0];
            Assert.Equal(type, record.GetProperty("__typename").GetString());
            found.Add((type, record.GetProperty("id").GetString()!, record.GetProperty("slug").GetString()!));
        }

        var nodes = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }",
            new { ids = found.Select(f => f.Id).Append(Global("Program", "no-existe")).ToArray() });

        var returned = nodes.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(found.Count + 1, returned.Count);
        for (var i = 0; i < found.Count; i++)
        {
            Assert.Equal((found[i].Type, found[i].Id), (returned[i].GetProperty("__typename").GetString(), returned[i].GetProperty("id").GetString()));
            Assert.Equal(Global(found[i].Type, found[i].Slug), found[i].Id);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, returned[^1].ValueKind);
    }

    /// <summary>
    /// Every type the schema says implements Node (introspection) is a declared collection, and a record of each,
    /// taken from its download, comes back from node(id:) with the same id and type; each declared collection is a Node type.
    /// </summary>
    [Fact]
    public async Task Every_node_type_round_trips_its_global_id_through_node()
    {
        using var http = factory.CreateClient();
        var client = new GraphQLClient(http);
        var nodeTypes = (await client.DataAsync("{ __type(name: \"Node\") { possibleTypes { name } } }"))
            .GetProperty("__type").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();

        Assert.Equal(
            OpenData.Api.Collections.ApiCollections.All.Select(c => c.TypeName).Order(StringComparer.Ordinal),
            nodeTypes.Order(StringComparer.Ordinal));
        foreach (var type in nodeTypes)
        {
            var collection = OpenData.Api.Collections.ApiCollections.OfType(type)!;
            var rows = await Collections.CollectionRegistryTests.DownloadRowsAsync(http, collection.Name);
            var slug = rows[^1].GetProperty("id").GetString()!;
            var id = Global(type, slug);

            var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename id ... on PublishedRecord { slug } } }", new { id }))
                .GetProperty("node");

            Assert.Equal((type, id, slug), (node.GetProperty("__typename").GetString(), node.GetProperty("id").GetString(), node.GetProperty("slug").GetString()));
        }
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
}
