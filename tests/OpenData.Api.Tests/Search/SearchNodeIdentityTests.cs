using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// A hit's <c>node</c> that asks only for <c>id</c> and <c>__typename</c> (directly, in inline fragments or in fragment
/// spreads) is answered from the hit's type and slug: the search's one statement and no statement for the records. Any
/// other field loads the records as before (one statement per type), and the ids are the same either way.
/// </summary>
public sealed class SearchNodeIdentityTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    public static TheoryData<string> IdentityOnly() =>
    [
        """{ search(text: "mujeres", first: 40) { nodes { type node { id } } } }""",
        """{ search(text: "mujeres", first: 40) { totalCount nodes { type score snippet node { id __typename } } } }""",
        """{ search(text: "mujeres", first: 40) { nodes { type node { ... on Policy { id } ... on Source { __typename id } } } } }""",
        """
        query { search(text: "mujeres", first: 40) { edges { node { type node { ...Ident } } } } }
        fragment Ident on Node { __typename ... on PublishedRecord { id } }
        """,
    ];

    public static TheoryData<string> WithRecordFields() =>
    [
        """{ search(text: "mujeres", first: 40) { nodes { type node { id ... on Policy { name } ... on Source { title } } } } }""",
        """{ search(text: "mujeres", first: 40) { nodes { type node { ... on PublishedRecord { slug } } } } }""",
        """
        query { search(text: "mujeres", first: 40) { nodes { type node { id ...More } } } }
        fragment More on Node { __typename ... on Policy { name } ... on Source { title } }
        """,
    ];

    [Theory]
    [MemberData(nameof(IdentityOnly))]
    public async Task Nodes_that_ask_only_id_and_typename_cost_no_statement_beyond_the_search(string query)
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");

        factory.Sql.Clear();
        var data = await client.DataAsync(query);

        Assert.True(Types(data) >= 3, $"only {Types(data)} types");
        Assert.Single(factory.Sql.Commands);
        Assert.Contains("MATCH", factory.Sql.Commands[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WithRecordFields))]
    public async Task Nodes_that_ask_a_field_of_the_record_load_the_records_one_statement_per_type(string query)
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");

        factory.Sql.Clear();
        var data = await client.DataAsync(query);

        var types = Types(data);
        Assert.True(types >= 3, $"only {types} types");
        Assert.Equal(1 + types, factory.Sql.Commands.Count);
        foreach (var node in Hits(data).Select(h => h.GetProperty("node")))
        {
            var text = node.EnumerateObject().Where(p => p.Name is "name" or "title" or "slug").Select(p => p.Value.GetString()).ToList();
            Assert.All(text, t => Assert.False(string.IsNullOrEmpty(t)));
        }
    }

    [Theory]
    [InlineData("mujeres")]
    [InlineData("violencia")]
    [InlineData("programa")]
    [InlineData("durango")]
    [InlineData("igualdad sustantiva")]
    public async Task Ids_without_the_records_are_the_ids_of_the_loaded_records(string text)
    {
        var client = new GraphQLClient(factory.CreateClient());
        const string Identity = "query($text: String!) { search(text: $text, first: 100) { totalCount nodes { type score snippet node { __typename id } } } }";
        const string Loaded = "query($text: String!) { search(text: $text, first: 100) { totalCount nodes { type score snippet node { __typename id ... on PublishedRecord { slug } } } } }";

        var identity = await client.DataAsync(Identity, new { text });
        var loaded = await client.DataAsync(Loaded, new { text });

        var hits = Hits(identity).ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(identity.GetProperty("search").GetProperty("totalCount").GetInt32(), loaded.GetProperty("search").GetProperty("totalCount").GetInt32());
        var loadedHits = Hits(loaded).ToList();
        Assert.Equal(loadedHits.Count, hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            var (mine, theirs) = (hits[i], loadedHits[i]);
            var node = mine.GetProperty("node");
            var loadedNode = theirs.GetProperty("node");
            Assert.Equal(theirs.GetProperty("type").GetString(), mine.GetProperty("type").GetString());
            Assert.Equal(theirs.GetProperty("score").GetDouble(), mine.GetProperty("score").GetDouble());
            Assert.Equal(theirs.GetProperty("snippet").GetString(), mine.GetProperty("snippet").GetString());
            Assert.Equal(loadedNode.GetProperty("__typename").GetString(), node.GetProperty("__typename").GetString());
            Assert.Equal(loadedNode.GetProperty("id").GetString(), node.GetProperty("id").GetString());
            Assert.Equal(
                $"{loadedNode.GetProperty("__typename").GetString()}:{loadedNode.GetProperty("slug").GetString()}",
                Encoding.UTF8.GetString(Convert.FromBase64String(node.GetProperty("id").GetString()!)));
        }
    }

    private static IEnumerable<JsonElement> Hits(JsonElement data)
    {
        var search = data.GetProperty("search");
        return search.TryGetProperty("nodes", out var nodes)
            ? nodes.EnumerateArray()
            : search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
    }

    private static int Types(JsonElement data) => Hits(data).Select(h => h.GetProperty("type").GetString()).Distinct().Count();
}
