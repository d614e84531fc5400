using System.Text.Json;
using GraphQLParser;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Plans;

/// <summary>
/// Collection plans are cached per query shape (the field of a parsed document and its order), never with values:
/// concurrent requests of one cached document with different values each get their own answer, and the cache keeps
/// at most the configured number of plans.
/// </summary>
public sealed class PlanCacheTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Query = """
        query Shape($min: Int!, $order: [BookSortInput!], $after: String) {
          books(first: 5, after: $after, where: { pages: { gte: $min } }, order: $order) {
            totalCount nodes { title pages } pageInfo { endCursor hasNextPage }
          }
        }
        """;

    [Fact]
    public void The_cache_keeps_at_most_its_capacity_dropping_the_least_recently_used()
    {
        var cache = new PlanCache<string, string>(3);
        foreach (var key in new[] { "a", "b", "c" })
        {
            cache.GetOrAdd(key, 0, (k, _) => k.ToUpperInvariant());
        }

        Assert.Equal("A", cache.GetOrAdd("a", 0, (_, _) => "rebuilt"));
        cache.GetOrAdd("d", 0, (k, _) => k.ToUpperInvariant());

        Assert.Equal(3, cache.Count);
        // "b" was the least recently used (a was read after it): it was dropped and is built again, dropping "c".
        Assert.Equal("B!", cache.GetOrAdd("b", 0, (k, _) => k.ToUpperInvariant() + "!"));
        Assert.Equal(3, cache.Count);
        Assert.Equal("D", cache.GetOrAdd("d", 0, (k, _) => k.ToUpperInvariant() + "!"));
        Assert.Equal("A", cache.GetOrAdd("a", 0, (k, _) => k.ToUpperInvariant() + "!"));
        Assert.Equal("C!", cache.GetOrAdd("c", 0, (k, _) => k.ToUpperInvariant() + "!"));
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void A_cache_of_size_zero_keeps_nothing()
    {
        var cache = new PlanCache<string, int>(0);
        var builds = 0;

        cache.GetOrAdd("a", 0, (_, _) => ++builds);
        cache.GetOrAdd("a", 0, (_, _) => ++builds);

        Assert.Equal((0, 2), (cache.Count, builds));
    }

    [Fact]
    public async Task Concurrent_requests_of_one_cached_document_with_different_values_and_orders_get_their_own_answers()
    {
        var document = Parser.Parse(Query);
        (int Min, string Field, string Direction)[] cases = [(100, "published", "ASC"), (400, "pages", "DESC"), (250, "published", "DESC"), (0, "pages", "ASC")];
        var expected = cases.Select(c => Expected(c.Min, c.Field, c.Direction)).ToList();

        var runs = Enumerable.Range(0, 64).Select(i => (Case: i % cases.Length, Task: Task.Run(() =>
            fixture.ExecuteAsync(Query, document, Variables(cases[i % cases.Length], after: null))))).ToList();
        await Task.WhenAll(runs.Select(r => r.Task));

        foreach (var (index, task) in runs)
        {
            var books = Books(await task);
            Assert.Equal(expected[index].Count, books.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected[index].Take(5).Select(b => b.Title), books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public async Task Concurrent_second_pages_of_one_cached_document_follow_each_request_s_own_cursor()
    {
        var document = Parser.Parse(Query);
        (int Min, string Field, string Direction)[] cases = [(100, "published", "ASC"), (300, "pages", "DESC")];
        var cursors = new List<string>();
        foreach (var c in cases)
        {
            var first = Books(await fixture.ExecuteAsync(Query, document, Variables(c, after: null)));
            cursors.Add(first.GetProperty("pageInfo").GetProperty("endCursor").GetString()!);
        }

        var runs = Enumerable.Range(0, 32).Select(i => (Case: i % 2, Task: Task.Run(() =>
            fixture.ExecuteAsync(Query, document, Variables(cases[i % 2], cursors[i % 2]))))).ToList();
        await Task.WhenAll(runs.Select(r => r.Task));

        foreach (var (index, task) in runs)
        {
            var (min, field, direction) = cases[index];
            var books = Books(await task);
            Assert.Equal(
                Expected(min, field, direction).Skip(5).Take(5).Select(b => b.Title),
                books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public async Task The_engine_keeps_no_more_plans_than_its_setting_and_still_answers_every_shape()
    {
        using var small = new LibraryFixture(null, engine => engine.PlanCacheSize = 3);
        for (var size = 1; size <= 8; size++)
        {
            var query = "{ books(first: " + size + ", order: [{ pages: DESC }]) { nodes { title } } }";
            var nodes = Books(await small.ExecuteAsync(query)).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString());

            Assert.Equal(small.Books.OrderByDescending(b => b.Pages).ThenBy(b => b.Id).Take(size).Select(b => b.Title), nodes);
            Assert.InRange(small.Plans.Count, 1, 3);
        }

        var document = Parser.Parse(Query);
        await small.ExecuteAsync(Query, document, Variables((10, "published", "ASC"), null));
        var count = small.Plans.Count;
        await small.ExecuteAsync(Query, document, Variables((20, "published", "ASC"), null));
        Assert.Equal(count, small.Plans.Count);
    }

    private List<Model.Book> Expected(int min, string field, string direction)
    {
        var books = fixture.Books.Where(b => b.Pages >= min);
        var ordered = (field, direction) switch
        {
            ("published", "ASC") => books.OrderBy(b => b.Published),
            ("published", _) => books.OrderByDescending(b => b.Published),
            ("pages", "ASC") => books.OrderBy(b => b.Pages),
            _ => books.OrderByDescending(b => b.Pages),
        };
        return [.. ordered.ThenBy(b => b.Id)];
    }

    private static Dictionary<string, object?> Variables((int Min, string Field, string Direction) c, string? after) => new Dictionary<string, object?>
    {
        ["min"] = c.Min,
        ["order"] = new[] { new Dictionary<string, string> { [c.Field] = c.Direction } },
        ["after"] = after,
    };

    private static JsonElement Books(JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetProperty("data").GetProperty("books");
    }
}
