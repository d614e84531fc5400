using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Benchmarks.Catalog;
using OpenData.GraphQL.Data.Filtering;

namespace OpenData.GraphQL.Data.Benchmarks.Benchmarks;

/// <summary>
/// The per-request cost of filtering: translating a nested <c>where</c> to an expression alone, and a whole request
/// with that filter against the same request without one (both read the first 20 matching rows by id).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class FilterTranslationBenchmarks : IDisposable
{
    private const string WhereJson = """
        { "where": { "or": [
            { "name": { "contains": "politicas" }, "price": { "gte": 10.5 } },
            { "category": { "in": ["MUSIC", "GAMES"] }, "created": { "lt": "2020-01-01" } },
            { "and": [ { "name": { "nstartsWith": "rio" } }, { "id": { "nin": ["SXRlbTox", "SXRlbToy"] } } ] }
          ] } }
        """;

    private const string FilteredQuery = """
        query($where: ItemFilterInput) { items(first: 20, where: $where) { nodes { id name price } } }
        """;

    private const string PlainQuery = "{ items(first: 20) { nodes { id name price } } }";

    private CatalogHost host = null!;
    private IModel model = null!;
    private Inputs variables = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = new CatalogHost();
        using var db = host.Services.GetRequiredService<IDbContextFactory<CatalogDb>>().CreateDbContext();
        model = db.Model;
        variables = host.Variables(WhereJson);
    }

    /// <summary>The same filter as GraphQL.NET hands it to the resolver (CLR enum, decimal and DateOnly values).</summary>
    private static readonly Dictionary<string, object?> Where = new()
    {
        ["or"] = new List<object?>
        {
            new Dictionary<string, object?>
            {
                ["name"] = new Dictionary<string, object?> { ["contains"] = "politicas" },
                ["price"] = new Dictionary<string, object?> { ["gte"] = 10.5m },
            },
            new Dictionary<string, object?>
            {
                ["category"] = new Dictionary<string, object?> { ["in"] = new List<object?> { Category.Music, Category.Games } },
                ["created"] = new Dictionary<string, object?> { ["lt"] = new DateOnly(2020, 1, 1) },
            },
            new Dictionary<string, object?>
            {
                ["and"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["nstartsWith"] = "rio" } },
                    new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["nin"] = new List<object?> { "SXRlbTox", "SXRlbToy" } } },
                },
            },
        },
    };

    [GlobalCleanup]
    public void Dispose()
    {
        host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "translate where to an expression")]
    public object? Translate() => new FilterTranslator(model).Translate<Item>(Where);

    [Benchmark(Baseline = true, Description = "request without where")]
    public Task<string> RequestWithoutFilter() => host.ExecuteAsync(PlainQuery);

    [Benchmark(Description = "request with that where")]
    public Task<string> RequestWithFilter() => host.ExecuteAsync(FilteredQuery, variables);
}
