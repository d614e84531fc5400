using System.Text.Json;
using GraphQLParser;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Plans;

/// <summary>
/// A compiled shape served from a SQLite serving connection runs EF Core's SQL and materializer directly on the prepared
/// statement after its first execution: every answer is the same text as through EF Core's pipeline (an engine with
/// <c>DirectReads</c> off), with the same statements in the same order; a context without a serving connection runs every
/// shape through EF Core.
/// </summary>
public sealed class DirectReadTests
{
    // Ordered by a column with a value converter (royalty: decimal stored as cents; then the id), filtered on it, cursors read.
    private const string ByRoyalty = """
        query Page($min: Decimal!, $first: Int, $after: String, $last: Int, $before: String) {
          books(first: $first, after: $after, last: $last, before: $before, where: { royalty: { gte: $min } }, order: [{ royalty: DESC }]) {
            edges { cursor node { id title royalty status published price rating inPrint addedAt author { name } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    // startsWith: EF Core's executor computes a LIKE pattern parameter from the bound value.
    private const string ByTitle = """
        query Titles($prefix: String!, $after: String) {
          books(first: 4, after: $after, where: { title: { startsWith: $prefix } }) { nodes { title subtitle pages } pageInfo { endCursor hasNextPage } }
        }
        """;

    private const string Segment = """
        query Authors($skip: Int!) { authors(skip: $skip, take: 3) { items { name country born } pageInfo { hasNextPage } } }
        """;

    private const string ById = """
        query Book($id: ID!) { book(id: $id) { id title royalty status author { name } } }
        """;

    [Fact]
    public async Task Pages_segments_and_lookups_read_directly_answer_as_through_EF_Core_with_the_same_statements()
    {
        using var direct = new LibraryFixture();
        using var pipeline = new LibraryFixture(null, engine => engine.DirectReads = false);
        var answers = await RunAsync(direct);
        var expected = await RunAsync(pipeline);

        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        Assert.Equal(pipeline.Log.Commands, direct.Log.Commands);
        Assert.Equal(0, pipeline.Plans.Direct.Executions);

        // Every compiled shape after its first execution: at least the requests less the documents' shapes.
        Assert.True(direct.Plans.Direct.Executions >= answers.Count / 2, $"{direct.Plans.Direct.Executions} direct executions of {answers.Count} requests");

        // The forward walk is the whole filtered set in its order (the converter read back and compared in SQL alike).
        var books = direct.Books.Where(b => b.Royalty >= 1.5m).OrderByDescending(b => b.Royalty).ThenBy(b => b.Id).Select(b => b.Title).ToList();
        Assert.True(books.Count > 7, "the walk has several pages");
        var walked = answers.Take((books.Count + 6) / 7)
            .SelectMany(a => JsonDocument.Parse(a).RootElement.GetProperty("data").GetProperty("books").GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("title").GetString()!))
            .ToList();
        Assert.Equal(books, walked);
    }

    [Fact]
    public async Task Without_a_serving_connection_every_shape_runs_through_EF_Core_and_answers_the_same()
    {
        using var direct = new LibraryFixture();
        using var own = new LibraryFixture(null, engine => engine.ServingConnections = 0);
        var expected = await RunAsync(direct);
        var answers = await RunAsync(own);

        Assert.Equal(expected, answers);
        Assert.Equal(direct.Log.Commands, own.Log.Commands);
        Assert.Equal(0, own.Plans.Direct.Executions);
        Assert.True(direct.Plans.Direct.Executions > 0);
    }

    /// <summary>
    /// A forward walk by cursor to the end, then backwards from the end; title pages; author segments; lookups by id.
    /// Each document is parsed once, as a server's document cache would, so that its compiled shapes are reused.
    /// </summary>
    internal static async Task<List<string>> RunAsync(LibraryFixture library)
    {
        var answers = new List<string>();
        library.Log.Clear();
        var byRoyalty = Parser.Parse(ByRoyalty);
        string? after = null;
        do
        {
            var page = await library.ExecuteAsync(ByRoyalty, byRoyalty, new { min = 1.5m, first = 7, after });
            answers.Add(Checked(page));
            var info = page.GetProperty("data").GetProperty("books").GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        string? before = null;
        for (var i = 0; i < 3; i++)
        {
            var page = await library.ExecuteAsync(ByRoyalty, byRoyalty, new { min = 1.5m, last = 5, before });
            answers.Add(Checked(page));
            before = page.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        var byTitle = Parser.Parse(ByTitle);
        foreach (var prefix in new[] { "t", "e", "zz", "l" })
        {
            string? next = null;
            do
            {
                var page = await library.ExecuteAsync(ByTitle, byTitle, new { prefix, after = next });
                answers.Add(Checked(page));
                var info = page.GetProperty("data").GetProperty("books").GetProperty("pageInfo");
                next = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (next is not null);
        }

        var segment = Parser.Parse(Segment);
        foreach (var skip in new[] { 0, 3, 6, 0, 9 })
        {
            answers.Add(Checked(await library.ExecuteAsync(Segment, segment, new { skip })));
        }

        var byId = Parser.Parse(ById);
        foreach (var id in library.Books.Select(b => b.Id).Take(6).Append(int.MaxValue).Append(library.Books[0].Id))
        {
            answers.Add(Checked(await library.ExecuteAsync(ById, byId, new { id = GlobalId.Encode("Book", id) })));
        }

        return answers;
    }

    private static string Checked(JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetRawText();
    }
}
