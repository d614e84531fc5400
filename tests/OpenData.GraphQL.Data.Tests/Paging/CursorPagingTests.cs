using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Paging;

public sealed class CursorPagingTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Query = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [BookSortInput!], $where: BookFilterInput) {
          books(first: $first, after: $after, last: $last, before: $before, order: $order, where: $where) {
            edges { cursor node { id title } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Default_page_is_ten_books_in_id_order_with_next_page()
    {
        var result = await fixture.ExecuteAsync(Query);

        JsonAssertions.NoErrors(result);
        var books = result.GetProperty("data").GetProperty("books");
        var titles = books.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString()).ToList();
        Assert.Equal(fixture.Books.OrderBy(b => b.Id).Take(10).Select(b => b.Title), titles);
        Assert.True(books.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(books.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task After_the_end_cursor_continues_where_the_first_page_stopped()
    {
        var order = new[] { new Dictionary<string, object> { ["price"] = "DESC" }, new Dictionary<string, object> { ["title"] = "ASC" } };
        var first = await fixture.ExecuteAsync(Query, new { first = 7, order });
        var end = first.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await fixture.ExecuteAsync(Query, new { first = 7, after = end, order });

        JsonAssertions.NoErrors(second);
        var expected = fixture.Books
            .OrderByDescending(b => b.Price).ThenBy(b => b.Title, Model.LibraryDb.Spanish.Comparer).ThenBy(b => b.Id)
            .Skip(7).Take(7).Select(b => b.Title);
        var titles = second.GetProperty("data").GetProperty("books").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal(expected, titles);
        Assert.True(second.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Contains_ignores_accents_and_case()
    {
        var result = await fixture.ExecuteAsync(Query, new { first = 100, where = new { title = new { contains = "politicas" } } });

        JsonAssertions.NoErrors(result);
        var ids = result.GetProperty("data").GetProperty("books").GetProperty("edges").GetArrayLength();
        var expected = fixture.Books.Count(b => b.Title.Contains("Políticas", StringComparison.Ordinal)
            || b.Title.Contains("POLITICAS", StringComparison.Ordinal) || b.Title.Contains("políticas", StringComparison.Ordinal));
        Assert.True(expected > 0);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task First_and_last_together_take_the_last_of_the_first()
    {
        var result = await fixture.ExecuteAsync(Query, new { first = 5, last = 2 });

        JsonAssertions.NoErrors(result);
        var books = result.GetProperty("data").GetProperty("books");
        var titles = books.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal(fixture.Books.OrderBy(b => b.Id).Skip(3).Take(2).Select(b => b.Title), titles);
        Assert.True(books.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(books.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Or_inside_a_string_operation_ands_with_its_siblings()
    {
        var where = new { title = new { or = new object[] { new { startsWith = "sol" }, new { startsWith = "LUNA" } }, ncontains = "mar" } };

        var result = await fixture.ExecuteAsync(Query, new { first = 100, where });

        JsonAssertions.NoErrors(result);
        var expected = fixture.Books
            .Where(b => (b.Title.StartsWith("Sol", StringComparison.Ordinal) || b.Title.StartsWith("luna", StringComparison.Ordinal))
                && !b.Title.Contains("Mar", StringComparison.Ordinal))
            .Select(b => b.Title);
        var titles = result.GetProperty("data").GetProperty("books").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal(expected, titles);
    }
}
