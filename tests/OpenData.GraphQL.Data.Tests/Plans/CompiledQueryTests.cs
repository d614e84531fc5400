using System.Text.Json;
using GraphQLParser;

using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Plans;

/// <summary>
/// The page statement is compiled once per query shape (the field, its order, the shape of its filter and cursors)
/// with every value as a parameter: different values of one shape give their own answers from one compiled query,
/// shapes that differ only in a null or a boolean get queries of their own, concurrent requests do not see each
/// other's values, and the compiled queries are bounded by the plan cache's size.
/// </summary>
public sealed class CompiledQueryTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Filtered = """
        query Filtered($min: Int!, $text: String!, $statuses: [BookStatus!], $after: String) {
          books(first: 4, after: $after, where: { pages: { gte: $min }, title: { contains: $text }, status: { in: $statuses } }, order: [{ price: DESC }]) {
            nodes { title } pageInfo { endCursor }
          }
        }
        """;

    [Fact]
    public async Task Every_value_of_one_filter_shape_gets_its_own_answer_from_one_compiled_query()
    {
        using var library = new LibraryFixture();
        var document = Parser.Parse(Filtered);
        (int Min, string Text, string[] Statuses)[] cases =
        [
            (0, "a", ["PUBLISHED"]), (200, "e", ["DRAFT", "RETIRED"]), (100, "o", ["PUBLISHED", "RETIRED"]), (350, "i", ["DRAFT", "PUBLISHED", "RETIRED"]),
        ];

        var counts = new List<int>();
        foreach (var (min, text, statuses) in cases)
        {
            var expected = Expected(library, min, text, statuses);
            Assert.NotEmpty(expected);
            var books = Books(await library.ExecuteAsync(Filtered, document, new { min, text, statuses, after = (string?)null }));
            Assert.Equal(expected.Take(4).Select(b => b.Title), Titles(books));
            counts.Add(library.Plans.QueryCount);

            // The second page (a cursor: another shape) also follows this request's values.
            var cursor = books.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            var second = Books(await library.ExecuteAsync(Filtered, document, new { min, text, statuses, after = cursor }));
            Assert.Equal(expected.Skip(4).Take(4).Select(b => b.Title), Titles(second));
        }

        // One compiled query for the first pages and one for the pages after a cursor, whatever the values.
        Assert.Equal(2, library.Plans.QueryCount);
        Assert.Equal(1, counts[0]);
    }

    [Fact]
    public async Task A_null_value_and_a_boolean_change_the_shape_and_each_answers_right()
    {
        using var library = new LibraryFixture();
        const string query = """
            query Nulls($subtitle: String, $rating: Float, $reviewed: Boolean!) {
              books(first: 100, where: { subtitle: { eq: $subtitle }, rating: { eq: $rating }, reviews: { any: $reviewed } }) { nodes { title } }
            }
            """;
        var document = Parser.Parse(query);
        var subtitle = library.Books.First(b => b.Subtitle is not null).Subtitle;
        var rating = library.Books.First(b => b.Rating is not null).Rating;
        var reviewed = library.Books.Where(b => library.Reviews.Any(r => r.BookId == b.Id)).Select(b => b.Id).ToHashSet();
        foreach (var (sub, rate, anyReview) in new (string?, double?, bool)[] { (null, null, true), (subtitle, null, false), (null, rating, false), (subtitle, rating, true), (null, null, false) })
        {
            var expected = library.Books
                .Where(b => b.Subtitle == sub && b.Rating == rate && reviewed.Contains(b.Id) == anyReview)
                .OrderBy(b => b.Id).Select(b => b.Title);
            var books = Books(await library.ExecuteAsync(query, document, new { subtitle = sub, rating = rate, reviewed = anyReview }));
            Assert.Equal(expected, Titles(books));
        }
    }

    [Fact]
    public async Task Concurrent_requests_of_several_shapes_and_values_each_get_their_own_answer()
    {
        const string query = """
            query Any($where: BookFilterInput, $after: String) {
              books(first: 3, after: $after, where: $where, order: [{ pages: ASC }]) { nodes { title } }
            }
            """;
        var document = Parser.Parse(query);
        var cases = new (object Where, Func<Model.Book, bool> Match)[]
        {
            (new { pages = new { gte = 150 } }, b => b.Pages >= 150),
            (new { pages = new { gte = 300 } }, b => b.Pages >= 300),
            (new { title = new { startsWith = "t" } }, b => OpenData.GraphQL.Data.TextFolding.TextFolding.Fold(b.Title)!.StartsWith('t')),
            (new { or = new object[] { new { pages = new { lt = 120 } }, new { inPrint = new { eq = false } } } }, b => b.Pages < 120 || !b.InPrint),
            (new { or = new object[] { new { pages = new { lt = 200 } }, new { inPrint = new { eq = true } } } }, b => b.Pages < 200 || b.InPrint),
        };

        var runs = Enumerable.Range(0, 60).Select(i => (Case: i % cases.Length, Task: Task.Run(() =>
            fixture.ExecuteAsync(query, document, new { where = cases[i % cases.Length].Where, after = (string?)null })))).ToList();
        await Task.WhenAll(runs.Select(r => r.Task));

        foreach (var (index, task) in runs)
        {
            var expected = fixture.Books.Where(cases[index].Match).OrderBy(b => b.Pages).ThenBy(b => b.Id).Take(3).Select(b => b.Title);
            Assert.Equal(expected, Titles(Books(await task)));
        }
    }

    [Fact]
    public async Task The_compiled_queries_are_bounded_by_the_plan_cache_size_and_a_size_of_zero_compiles_none()
    {
        using var small = new LibraryFixture(null, engine => engine.PlanCacheSize = 2);
        using var off = new LibraryFixture(null, engine => engine.PlanCacheSize = 0);
        string[] filters = ["pages: { gte: 100 }", "pages: { lt: 300 }", "title: { contains: \"a\" }", "inPrint: { eq: true }", "price: { gt: 10 }"];
        foreach (var filter in filters)
        {
            var query = "{ books(first: 5, where: { " + filter + " }) { nodes { title } } authors(take: 2, where: { " +
                "name: { contains: \"a\" } }) { items { name } } }";
            var a = await small.ExecuteAsync(query);
            var b = await off.ExecuteAsync(query);
            JsonAssertions.NoErrors(a);
            Assert.Equal(a.GetRawText(), b.GetRawText());
            Assert.InRange(small.Plans.QueryCount, 1, 2);
            Assert.Equal(0, off.Plans.QueryCount);
        }
    }

    [Theory]
    [InlineData("[{ inPrint: DESC }, { rating: ASC }, { subtitle: DESC }]")]
    [InlineData("[{ subtitle: ASC }, { status: DESC }, { title: ASC }]")]
    public async Task Every_page_by_cursor_forwards_and_backwards_equals_the_pages_of_a_cache_of_size_zero(string order)
    {
        // Keys with nulls, booleans and repeated (even empty) values: the cursors' values are bound by the positions
        // the shape recorded when it was first built, for every later cursor of that shape.
        using var off = new LibraryFixture(null, engine => engine.PlanCacheSize = 0);
        var query = $$"""
            query Walk($first: Int, $after: String, $last: Int, $before: String) {
              books(first: $first, after: $after, last: $last, before: $before, order: {{order}}) {
                nodes { id } pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
              }
            }
            """;
        var document = Parser.Parse(query);
        var pages = 0;
        var forward = new { first = (int?)3, after = (string?)null, last = (int?)null, before = (string?)null };
        var backward = forward;
        while (true)
        {
            var compiled = Books(await fixture.ExecuteAsync(query, document, forward));
            Assert.Equal(Books(await off.ExecuteAsync(query, document, forward)).GetRawText(), compiled.GetRawText());
            var info = compiled.GetProperty("pageInfo");
            if (info.GetProperty("endCursor").GetString() is { } end)
            {
                backward = new { first = (int?)null, after = (string?)null, last = (int?)2, before = (string?)end };
                var back = Books(await fixture.ExecuteAsync(query, document, backward));
                Assert.Equal(Books(await off.ExecuteAsync(query, document, backward)).GetRawText(), back.GetRawText());
            }

            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            forward = forward with { after = info.GetProperty("endCursor").GetString() };
        }

        Assert.True(pages > 3, $"only {pages} pages");
    }

    private static List<Model.Book> Expected(LibraryFixture library, int min, string text, string[] statuses) =>
    [
        .. library.Books
            .Where(b => b.Pages >= min && OpenData.GraphQL.Data.TextFolding.TextFolding.Fold(b.Title)!.Contains(OpenData.GraphQL.Data.TextFolding.TextFolding.Fold(text)!, StringComparison.Ordinal)
                && statuses.Contains(b.Status.ToString(), StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(b => b.Price).ThenBy(b => b.Id),
    ];

    private static List<string?> Titles(JsonElement books) =>
        books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToList();

    private static JsonElement Books(JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetProperty("data").GetProperty("books");
    }
}
