using System.Text.Json;
using GraphQLParser;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Paging;

/// <summary>
/// A page whose selection reads no cursor is read without its rows' key values and encodes no cursor; a page that reads
/// them gets them. Documents of both kinds over the same field, each parsed once and executed in turn with the cursors
/// of the one that reads them, give the same rows page after page, in the order of the whole collection.
/// </summary>
public sealed class CursorSelectionTests
{
    private const string Nodes = """
        query Nodes($after: String) { books(first: 6, after: $after, order: [{ price: DESC }]) { nodes { title } } }
        """;

    private const string EdgesWithoutCursors = """
        query Edges($after: String) {
          books(first: 6, after: $after, order: [{ price: DESC }]) { edges { node { title } } pageInfo { hasNextPage hasPreviousPage } }
        }
        """;

    private const string Cursors = """
        query Cursors($after: String) {
          books(first: 6, after: $after, order: [{ price: DESC }]) {
            edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Pages_with_and_without_cursors_in_their_selection_walk_the_same_rows()
    {
        using var library = new LibraryFixture();
        var documents = new[] { Nodes, EdgesWithoutCursors, Cursors }.ToDictionary(q => q, q => Parser.Parse(q));
        var expected = library.Books.OrderByDescending(b => b.Price).ThenBy(b => b.Id).Select(b => (string?)b.Title).ToList();
        var walked = new List<string?>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var cursors = Books(await library.ExecuteAsync(Cursors, documents[Cursors], new { after }));
            var titles = cursors.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString()).ToList();
            var nodes = Books(await library.ExecuteAsync(Nodes, documents[Nodes], new { after }));
            var edges = Books(await library.ExecuteAsync(EdgesWithoutCursors, documents[EdgesWithoutCursors], new { after }));
            Assert.Equal(titles, nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
            Assert.Equal(titles, edges.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString()));
            Assert.Equal(cursors.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), edges.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(after is not null, edges.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            var edgeCursors = cursors.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();
            if (edgeCursors.Count > 0)
            {
                Assert.Equal(edgeCursors[0], cursors.GetProperty("pageInfo").GetProperty("startCursor").GetString());
                Assert.Equal(edgeCursors[^1], cursors.GetProperty("pageInfo").GetProperty("endCursor").GetString());
            }

            walked.AddRange(titles);
            if (!cursors.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = cursors.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, walked);
    }

    private static JsonElement Books(JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetProperty("data").GetProperty("books");
    }
}
