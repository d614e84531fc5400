using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Differential;

/// <summary>SQL (through GraphQL) against LINQ-to-objects on the same rows, for generated filters, orders and pages.</summary>
public sealed class DifferentialTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const ulong Seed = 20260101;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string ListQuery = """
        query($where: BookFilterInput, $order: [BookSortInput!]) {
          books(first: 100, where: $where, order: $order) { nodes { id } }
        }
        """;

    private const string PageQuery = """
        query($where: BookFilterInput, $order: [BookSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          books(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly Gen<(Dictionary<string, object?> Where, List<(string Path, bool Descending)> Order)> Cases =
        Gen.Select(FilterGenerators.Book(depth: 2), FilterGenerators.Order);

    [Fact]
    public async Task Generated_filters_and_orders_return_what_LINQ_to_objects_returns()
    {
        var pcg = new PCG(1, Seed);
        var nonEmpty = 0;
        for (var i = 0; i < 1000; i++)
        {
            var (where, order) = Cases.Generate(pcg, null!, out _);
            var expected = Expected(where, order);
            nonEmpty += expected.Count > 0 ? 1 : 0;

            var result = await fixture.ExecuteAsync(ListQuery, new { where, order = FilterGenerators.OrderInput(order) });

            Assert.True(!result.TryGetProperty("errors", out var errors), $"case {i}: {Describe(where, order)}\n{errors}");
            var actual = Ids(result.GetProperty("data").GetProperty("books").GetProperty("nodes"));
            Assert.True(expected.SequenceEqual(actual), $"case {i}: {Describe(where, order)}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", actual)}");
        }

        Assert.True(nonEmpty > 300, $"only {nonEmpty} of 1000 generated filters matched any row");
    }

    [Fact]
    public async Task Walking_all_pages_forward_and_backward_reproduces_the_ordered_list()
    {
        var pcg = new PCG(2, Seed);
        var walks = Gen.Select(FilterGenerators.Book(depth: 1), FilterGenerators.Order, Gen.Int[1, 12]);
        for (var i = 0; i < 150; i++)
        {
            var (where, order, size) = walks.Generate(pcg, null!, out _);
            var expected = Expected(where, order);
            var variables = new Dictionary<string, object?> { ["where"] = where, ["order"] = FilterGenerators.OrderInput(order) };

            var forward = await WalkAsync(variables, size, forward: true, expected.Count);
            Assert.True(expected.SequenceEqual(forward), $"forward case {i} size {size}: {Describe(where, order)}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", forward)}");

            var backward = await WalkAsync(variables, size, forward: false, expected.Count);
            Assert.True(expected.SequenceEqual(backward), $"backward case {i} size {size}: {Describe(where, order)}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", backward)}");
        }
    }

    private async Task<List<int>> WalkAsync(Dictionary<string, object?> variables, int size, bool forward, int expectedCount)
    {
        var ids = new List<int>();
        string? cursor = null;
        for (var page = 0; page <= expectedCount + 1; page++)
        {
            var pageVariables = new Dictionary<string, object?>(variables)
            {
                [forward ? "first" : "last"] = size,
                [forward ? "after" : "before"] = cursor,
            };
            var result = await fixture.ExecuteAsync(PageQuery, pageVariables);
            JsonAssertions.NoErrors(result);
            var books = result.GetProperty("data").GetProperty("books");
            var pageIds = Ids(books.GetProperty("nodes"));
            var info = books.GetProperty("pageInfo");
            Assert.Equal(page > 0, info.GetProperty(forward ? "hasPreviousPage" : "hasNextPage").GetBoolean());
            if (forward)
            {
                ids.AddRange(pageIds);
            }
            else
            {
                ids.InsertRange(0, pageIds);
            }

            if (!info.GetProperty(forward ? "hasNextPage" : "hasPreviousPage").GetBoolean())
            {
                return ids;
            }

            Assert.Equal(size, pageIds.Count);
            cursor = info.GetProperty(forward ? "endCursor" : "startCursor").GetString();
        }

        throw new InvalidOperationException("the walk did not end");
    }

    private List<int> Expected(Dictionary<string, object?> where, List<(string Path, bool Descending)> order)
    {
        var rows = fixture.Books.Where(b => Oracle.Matches("Book", b, Normalize(where)));
        return Oracle.Order("Book", rows, order).Cast<Model.Book>().Select(b => b.Id).ToList();
    }

    /// <summary>The oracle reads the filter as the server receives it (lists as object lists).</summary>
    private static Dictionary<string, object?> Normalize(Dictionary<string, object?> filter) =>
        filter.ToDictionary(p => p.Key, p => Normalize(p.Value));

    private static object? Normalize(object? value) => value switch
    {
        Dictionary<string, object?> nested => Normalize(nested),
        System.Collections.IList list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static List<int> Ids(JsonElement nodes) =>
        nodes.EnumerateArray().Select(n => GlobalId.Decode<int>(n.GetProperty("id").GetString(), "Book")).ToList();

    private static string Describe(Dictionary<string, object?> where, List<(string Path, bool Descending)> order) =>
        JsonSerializer.Serialize(where, Readable)
        + " order: " + string.Join(", ", order.Select(k => k.Path + (k.Descending ? " DESC" : " ASC")));
}
