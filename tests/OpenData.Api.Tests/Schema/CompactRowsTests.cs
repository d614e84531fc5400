using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.GraphQL.Http.Execution.Rows;

namespace OpenData.Api.Tests.Schema;

/// <summary>
/// Through HTTP: a page of every collection with all its scalar and enum fields (texts with accents, dates, enums,
/// decimals, nullable values, global ids, partial dates), aliases and <c>__typename</c>, then the benchmark's pages
/// (filtered, by cursor) and a node lookup: the same bytes with <c>GraphQL:Http:CompactRows</c> on as off, and with it
/// on every item of those pages runs as a row (items that also select a list of scalars do not: GraphQL.NET's nodes).
/// </summary>
public sealed class CompactRowsTests
{
    [Fact]
    public async Task Pages_of_every_collection_answer_the_same_bytes_with_every_item_run_as_a_row()
    {
        using var rows = new RowsApiFactory(compactRows: true);
        using var oracle = new RowsApiFactory(compactRows: false);
        using var client = rows.CreateClient();
        using var oracleClient = oracle.CreateClient();
        var strategy = rows.Services.GetRequiredService<RowExecutionStrategy>();

        var pages = Pages(rows.Services.GetRequiredService<ISchema>());
        Assert.True(pages.Count >= 15, $"{pages.Count} collections");
        var notRows = new List<string>();
        var total = 0L;
        foreach (var (field, query, rowsExpected) in pages)
        {
            for (var round = 0; round < 2; round++)
            {
                var expected = await BodyAsync(oracleClient, query, null);
                var before = strategy.RowsExecuted;
                var actual = await BodyAsync(client, query, null);
                var executed = strategy.RowsExecuted - before;
                Assert.True(expected == actual, $"{field}:\nexpected {expected}\nactual   {actual}");
                Assert.DoesNotContain("\"errors\"", actual, StringComparison.Ordinal);

                var nodes = JsonDocument.Parse(actual[4..]).RootElement.GetProperty("data").GetProperty(field).GetProperty("nodes").GetArrayLength();
                if (executed != (rowsExpected ? nodes : 0))
                {
                    notRows.Add($"{field}: {executed} rows of {nodes} items");
                }

                total += executed;
            }
        }

        Assert.Empty(notRows);
        Assert.True(total >= 200, $"{total} rows");
    }

    [Fact]
    public async Task The_benchmark_pages_and_a_node_lookup_answer_the_same_bytes()
    {
        using var rows = new RowsApiFactory(compactRows: true);
        using var oracle = new RowsApiFactory(compactRows: false);
        using var client = rows.CreateClient();
        using var oracleClient = oracle.CreateClient();
        var strategy = rows.Services.GetRequiredService<RowExecutionStrategy>();

        const string First = "query FirstPage { historyEvents(first: 20, order: [{ dateStart: ASC }]) { nodes { id title date } pageInfo { endCursor hasNextPage } } }";
        const string Filtered = "query Filtered($from: LocalDate!) { historyEvents(first: 20, where: { dateStart: { gte: $from } }, order: [{ dateStart: ASC }]) { nodes { id title date category } } }";
        const string Deep = "query DeepPage($after: String!) { historyEvents(first: 20, after: $after, order: [{ dateStart: ASC }]) { nodes { id title date } } }";
        const string Node = "query Node($id: ID!) { node(id: $id) { id ... on HistoryEvent { title date category } } }";

        var first = await BodyAsync(client, First, null);
        Assert.Equal(await BodyAsync(oracleClient, First, null), first);
        var page = JsonDocument.Parse(first[4..]).RootElement.GetProperty("data").GetProperty("historyEvents");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var id = page.GetProperty("nodes")[3].GetProperty("id").GetString();

        var before = strategy.RowsExecuted;
        foreach (var (query, variables) in new (string, object?)[]
        {
            (Filtered, new { from = "2015-01-01" }), (Filtered, new { from = "2024-06-01" }), (Deep, new { after = cursor }), (First, null),
        })
        {
            var expected = await BodyAsync(oracleClient, query, variables);
            Assert.Equal(expected, await BodyAsync(client, query, variables));
            Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
        }

        Assert.True(strategy.RowsExecuted - before >= 40, $"{strategy.RowsExecuted - before} rows");
        Assert.Equal(await BodyAsync(oracleClient, Node, new { id }), await BodyAsync(client, Node, new { id }));
    }

    /// <summary>
    /// For each collection (a root field with a connection): a page of 20 with every scalar and enum field of its items,
    /// an alias and __typename (rows); where the items have lists of scalars, the same with those too (not rows).
    /// </summary>
    private static List<(string Field, string Query, bool Rows)> Pages(ISchema schema)
    {
        schema.Initialize();
        var pages = new List<(string, string, bool)>();
        foreach (var root in schema.Query!.Fields)
        {
            if (Unwrap(root.ResolvedType) is not IObjectGraphType connection || connection.GetField("nodes") is not { } nodes
                || Unwrap(nodes.ResolvedType) is not IObjectGraphType item || root.Arguments?.Any(a => a.ResolvedType is NonNullGraphType) == true)
            {
                continue;
            }

            var leaves = item.Fields
                .Where(f => Unwrap(f.ResolvedType) is ScalarGraphType && f.Arguments?.Any(a => a.ResolvedType is NonNullGraphType) != true)
                .ToList();
            var scalars = leaves.Where(f => (f.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : f.ResolvedType) is ScalarGraphType)
                .Select(f => f.Name).ToList();
            pages.Add((root.Name, $"{{ {root.Name}(first: 20) {{ nodes {{ {string.Join(' ', scalars)} __typename otro: {scalars[0]} }} }} }}", true));
            if (scalars.Count < leaves.Count)
            {
                pages.Add((root.Name, $"{{ {root.Name}(first: 20) {{ nodes {{ {string.Join(' ', leaves.Select(f => f.Name))} __typename }} }} }}", false));
            }
        }

        return pages;
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };

    private static async Task<string> BodyAsync(HttpClient client, string query, object? variables)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return (int)response.StatusCode + " " + await response.Content.ReadAsStringAsync();
    }

    private sealed class RowsApiFactory(bool compactRows) : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() => [("GraphQL:Http:CompactRows", compactRows ? "true" : "false")];
    }
}
