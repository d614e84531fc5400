using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Api.Explorer;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Schema;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// Every example query answers on PostgreSQL exactly as in its reviewed snapshot (the same snapshot files as on SQLite).
/// Search examples are the exception: ranking and snippets are the store's own (bm25 and FTS5 on SQLite, ts_rank on
/// PostgreSQL), so for them the same records must match (totalCount, hit count, and the hits themselves when the page
/// holds all of them), ignoring score, snippet and cursors.
/// </summary>
public sealed class PostgresExampleQueryTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    private static readonly string[] StoreSpecific = ["score", "snippet", "cursor", "endCursor", "startCursor"];

    public static TheoryData<string> Names() => [.. new ExampleQueries().All.Where(e => !IsSearch(e)).Select(e => e.Name)];

    public static TheoryData<string> SearchNames() => [.. new ExampleQueries().All.Where(IsSearch).Select(e => e.Name)];

    [PostgresTheory]
    [MemberData(nameof(Names))]
    public Task Example_answers_as_in_its_snapshot(string name) => new ExampleQueryTests(factory).Example_answers_as_in_its_snapshot(name);

    [PostgresTheory]
    [MemberData(nameof(SearchNames))]
    public async Task Search_example_finds_the_records_of_its_snapshot(string name)
    {
        var example = new ExampleQueries().All.Single(e => e.Name == name);
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(SnapshotPath(name)))!["data"]!.AsObject();

        var result = await new GraphQLClient(factory.CreateClient()).PostAsync(example.Query, example.Variables);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        var data = JsonNode.Parse(result.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (field, expected) in snapshot)
        {
            var actual = data[field]!;
            Assert.Equal(expected!["totalCount"]?.GetValue<int>(), actual["totalCount"]?.GetValue<int>());
            var expectedHits = Hits(expected);
            var actualHits = Hits(actual);
            Assert.Equal(expectedHits.Count, actualHits.Count);
            if (expected["pageInfo"]?["hasNextPage"]?.GetValue<bool>() != true)
            {
                Assert.Equal(expectedHits.Order(StringComparer.Ordinal), actualHits.Order(StringComparer.Ordinal));
            }
        }
    }

    private static bool IsSearch(ExampleQuery example) => example.Query.Contains("search(", StringComparison.Ordinal);

    private static string SnapshotPath(string name) => Path.Combine(
        RepositoryPaths.Root, "tests", "OpenData.Api.Tests", "Schema", "__snapshots__", $"ExampleQueryTests.Example_answers_as_in_its_snapshot_{name}.snap");

    /// <summary>The hits of a search answer (nodes or edges), without the store-specific fields, as canonical JSON.</summary>
    private static List<string> Hits(JsonNode search)
    {
        var list = (search["nodes"] ?? search["edges"])!.AsArray();
        return [.. list.Select(hit => Strip(hit!.DeepClone()).ToJsonString())];
    }

    private static JsonNode Strip(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in StoreSpecific)
            {
                obj.Remove(key);
            }

            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    Strip(child);
                }
            }
        }

        return node;
    }
}
