using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQL;
using OpenData.GraphQL.Data.Benchmarks.Catalog;

namespace OpenData.GraphQL.Data.Benchmarks.Benchmarks;

/// <summary>
/// A whole GraphQL request for 20 rows: the first page against the page reached by a cursor 100 rows before the
/// end of 1,000,000, ordered by id and by an indexed text column. Keyset paging should make the ratio ≈ 1.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CursorPagingBenchmarks : IDisposable
{
    private const string Query = """
        query($after: String, $order: [ItemSortInput!]) {
          items(first: 20, after: $after, order: $order) {
            edges { cursor node { id name price created } }
            pageInfo { hasNextPage hasPreviousPage }
          }
        }
        """;

    private const string OffsetQuery = """
        { itemsByOffset(skip: 999900, take: 20) { items { id name price created } pageInfo { hasNextPage hasPreviousPage } } }
        """;

    private CatalogHost host = null!;
    private Inputs firstById = null!;
    private Inputs deepById = null!;
    private Inputs firstByName = null!;
    private Inputs deepByName = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = new CatalogHost();
        firstById = host.Variables("{}");
        firstByName = host.Variables("""{ "order": [{ "name": "ASC" }] }""");
        deepById = host.Variables(JsonSerializer.Serialize(new { after = NearTheEnd("{ id: ASC }") }));
        deepByName = host.Variables(JsonSerializer.Serialize(new { after = NearTheEnd("{ name: ASC }"), order = new[] { new { name = "ASC" } } }));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        host.Dispose();
        GC.SuppressFinalize(this);
    }

    private string NearTheEnd(string order)
    {
        var json = host.ExecuteAsync($"{{ items(last: 100, order: [{order}]) {{ pageInfo {{ startCursor }} }} }}").GetAwaiter().GetResult();
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetProperty("items").GetProperty("pageInfo").GetProperty("startCursor").GetString()!;
    }

    [Benchmark(Baseline = true, Description = "first page")]
    [BenchmarkCategory("order by id")]
    public Task<string> FirstPageById() => host.ExecuteAsync(Query, firstById);

    [Benchmark(Description = "page by cursor near the end")]
    [BenchmarkCategory("order by id")]
    public Task<string> DeepPageById() => host.ExecuteAsync(Query, deepById);

    [Benchmark(Description = "offset page near the end (skip 999,900), for contrast")]
    [BenchmarkCategory("order by id")]
    public Task<string> DeepOffsetPageById() => host.ExecuteAsync(OffsetQuery);

    [Benchmark(Baseline = true, Description = "first page")]
    [BenchmarkCategory("order by name")]
    public Task<string> FirstPageByName() => host.ExecuteAsync(Query, firstByName);

    [Benchmark(Description = "page by cursor near the end")]
    [BenchmarkCategory("order by name")]
    public Task<string> DeepPageByName() => host.ExecuteAsync(Query, deepByName);
}
