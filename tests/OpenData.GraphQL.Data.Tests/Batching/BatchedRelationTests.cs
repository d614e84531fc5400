using System.Text.Json;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Batching;

public sealed class BatchedRelationTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private static readonly int[] BookNumbers = [4, 9, 4, 70];

    [Fact]
    public async Task Batched_to_one_to_many_and_many_to_many_relations_match_the_rows()
    {
        var result = await fixture.ExecuteAsync("""
            { books(first: 30) { nodes { title author { name } reviews { stars comment } tags { label } } } }
            """);

        JsonAssertions.NoErrors(result);
        var nodes = result.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().ToList();
        foreach (var (node, book) in nodes.Zip(fixture.Books.OrderBy(b => b.Id)))
        {
            Assert.Equal(book.Title, node.GetProperty("title").GetString());
            var author = node.GetProperty("author");
            Assert.Equal(book.Author?.Name, author.ValueKind == JsonValueKind.Null ? null : author.GetProperty("name").GetString());
            Assert.Equal(book.Reviews.OrderBy(r => r.Id).Select(r => r.Stars), node.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("stars").GetInt32()));
            Assert.Equal(book.Tags.OrderBy(t => t.Id).Select(t => t.Label), JsonAssertions.Strings(node.GetProperty("tags"), "label"));
        }

        Assert.Equal(30, nodes.Count);
    }

    [Fact]
    public async Task Batched_relations_under_offset_paging_and_aliases_resolve_separately()
    {
        var result = await fixture.ExecuteAsync("""
            { authors(take: 3) { items { name first: books { title } again: books { pages } } } }
            """);

        JsonAssertions.NoErrors(result);
        var items = result.GetProperty("data").GetProperty("authors").GetProperty("items").EnumerateArray().ToList();
        foreach (var (item, author) in items.Zip(fixture.Authors.OrderBy(a => a.Id)))
        {
            Assert.Equal(author.Books.OrderBy(b => b.Id).Select(b => b.Title), JsonAssertions.Strings(item.GetProperty("first"), "title"));
            Assert.Equal(author.Books.OrderBy(b => b.Id).Select(b => b.Pages), item.GetProperty("again").EnumerateArray().Select(b => b.GetProperty("pages").GetInt32()));
        }
    }

    [Fact]
    public async Task Batched_lists_follow_their_declared_order_even_when_the_order_member_is_not_selected()
    {
        var result = await fixture.ExecuteAsync("{ authors(take: 12) { items { booksByPages { title } booksInPrintByTitle { id } } } }");

        JsonAssertions.NoErrors(result);
        var items = result.GetProperty("data").GetProperty("authors").GetProperty("items").EnumerateArray().ToList();
        foreach (var (item, author) in items.Zip(fixture.Authors.OrderBy(a => a.Id)))
        {
            var byPages = fixture.Books.Where(b => b.AuthorId == author.Id).OrderBy(b => b.Pages).ThenBy(b => b.Id).Select(b => b.Title);
            Assert.Equal(byPages, JsonAssertions.Strings(item.GetProperty("booksByPages"), "title"));
            var byTitle = fixture.Books.Where(b => b.AuthorId == author.Id && b.InPrint)
                .OrderBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => GlobalId.Encode("Book", b.Id));
            Assert.Equal(byTitle, JsonAssertions.Strings(item.GetProperty("booksInPrintByTitle"), "id"));
        }
    }

    [Fact]
    public async Task Batch_by_key_loads_children_by_foreign_key_with_a_filter()
    {
        var result = await fixture.ExecuteAsync("{ authors(take: 12) { items { name booksInPrint { title } } } }");

        JsonAssertions.NoErrors(result);
        var items = result.GetProperty("data").GetProperty("authors").GetProperty("items").EnumerateArray().ToList();
        foreach (var (item, author) in items.Zip(fixture.Authors.OrderBy(a => a.Id)))
        {
            var expected = fixture.Books.Where(b => b.AuthorId == author.Id && b.InPrint).OrderBy(b => b.Id).Select(b => b.Title);
            Assert.Equal(expected, JsonAssertions.Strings(item.GetProperty("booksInPrint"), "title"));
        }
    }

    [Fact]
    public async Task Entities_loaded_by_key_are_batched_per_type()
    {
        var ids = BookNumbers.Select(i => GlobalId.Encode("Book", i)).ToArray();
        fixture.Log.Clear();

        var result = await fixture.ExecuteAsync(
            "query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: book(id: $a) { title } b: book(id: $b) { title } c: book(id: $c) { title } d: book(id: $d) { title } }",
            new { a = ids[0], b = ids[1], c = ids[2], d = ids[3] });

        JsonAssertions.NoErrors(result);
        var data = result.GetProperty("data");
        Assert.Equal(fixture.Books[3].Title, data.GetProperty("a").GetProperty("title").GetString());
        Assert.Equal(fixture.Books[8].Title, data.GetProperty("b").GetProperty("title").GetString());
        Assert.Equal(fixture.Books[3].Title, data.GetProperty("c").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("d").ValueKind);
        Assert.Single(fixture.Log.Commands);
    }
}
