using GraphQLParser;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Batching;

/// <summary>
/// A relation level's fetches (a navigation's children or reference for several parents, children by key, entities by
/// several keys, a list of one parent) are compiled once per field of a document with the keys bound: every answer is
/// the same text as with the ad-hoc statements (<c>CompiledBatches</c> off), with the same statements in the same order,
/// for any number of keys; concurrent requests with other keys each get their own rows.
/// </summary>
public sealed class CompiledBatchTests
{
    private const string Books = """
        query Books($first: Int!, $min: Int!) {
          books(first: $first, where: { pages: { gte: $min } }) {
            nodes { title author { name country } reviews { stars comment } tags { label books { title pages } } }
          }
        }
        """;

    private const string Authors = """
        query Authors($skip: Int!, $take: Int!) {
          authors(skip: $skip, take: $take) {
            items { name booksInPrint { title } booksInPrintByTitle { id } booksByPages { title pages } books { title author { born } } }
          }
        }
        """;

    private const string ById = """
        query Ids($a: ID!, $b: ID!, $c: ID!) { a: book(id: $a) { title pages } b: book(id: $b) { title pages } c: book(id: $c) { title pages } }
        """;

    [Fact]
    public async Task Batches_of_any_number_of_keys_answer_as_the_ad_hoc_statements_with_the_same_statements()
    {
        using var compiled = new LibraryFixture();
        using var adHoc = new LibraryFixture(null, engine => engine.CompiledBatches = false);

        var expected = await RunAsync(adHoc);
        var answers = await RunAsync(compiled);

        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        Assert.Equal(adHoc.Log.Commands, compiled.Log.Commands);

        // The batches are compiled shapes of their own (one per field and variant, plus the lookups of several books), and
        // every batch statement but each shape's first execution reads directly.
        var shapes = compiled.Plans.QueryCount - adHoc.Plans.QueryCount + 1;
        Assert.True(shapes >= 10, $"{shapes} compiled batch shapes");
        // Every batch statement names the keys' parameter (@Value, or @Value1… for a padded list), and ran compiled.
        var batches = compiled.Log.Commands.Count(c => c.Contains("@Value", StringComparison.Ordinal));
        Assert.Equal(batches, compiled.Plans.BatchExecutions);
        Assert.Equal(0, adHoc.Plans.BatchExecutions);
        var directBatches = compiled.Plans.Direct.Executions - adHoc.Plans.Direct.Executions;
        Assert.True(directBatches >= batches - shapes, $"{directBatches} direct batch executions of {batches} batch statements in {shapes} shapes");
    }

    [Fact]
    public async Task Concurrent_requests_with_other_keys_each_get_their_own_rows()
    {
        using var compiled = new LibraryFixture();
        using var adHoc = new LibraryFixture(null, engine => engine.CompiledBatches = false);
        var document = Parser.Parse(Books);
        (int First, int Min)[] values = [(1, 0), (2, 250), (5, 100), (9, 300), (13, 50), (30, 0), (4, 380), (7, 200)];
        var cases = values.Select(c => (object)new { first = c.First, min = c.Min }).ToList();
        var expected = new List<string>();
        foreach (var variables in cases)
        {
            expected.Add(Checked(await adHoc.ExecuteAsync(Books, document, variables)));
        }

        var runs = Enumerable.Range(0, 80)
            .Select(i => (Case: i % cases.Count, Task: Task.Run(() => compiled.ExecuteAsync(Books, document, cases[i % cases.Count]))))
            .ToList();
        await Task.WhenAll(runs.Select(r => r.Task));

        foreach (var (index, task) in runs)
        {
            Assert.Equal(expected[index], Checked(await task));
        }

        // Every request of the document but the first runs its three to four batches as compiled shapes.
        Assert.True(compiled.Plans.BatchExecutions >= 3 * 80, $"{compiled.Plans.BatchExecutions} compiled batch executions");
    }

    /// <summary>
    /// Pages of 1 to 30 books (one parent: the lists' and the reference's one-key statements; several: the key lists),
    /// author segments with lists by key (the padded <c>IN</c> of the provider's default) and by navigation, lookups of
    /// one to three books (entities by several keys, a missing one included). Each document is parsed once, as a server's
    /// document cache would.
    /// </summary>
    internal static async Task<List<string>> RunAsync(LibraryFixture library)
    {
        var answers = new List<string>();
        library.Log.Clear();
        var books = Parser.Parse(Books);
        foreach (var (first, min) in new[] { (1, 0), (3, 0), (30, 0), (7, 200), (1, 300), (12, 150), (30, 0), (2, 0) })
        {
            answers.Add(Checked(await library.ExecuteAsync(Books, books, new { first, min })));
        }

        var authors = Parser.Parse(Authors);
        foreach (var (skip, take) in new[] { (0, 1), (0, 3), (2, 12), (5, 2), (0, 3) })
        {
            answers.Add(Checked(await library.ExecuteAsync(Authors, authors, new { skip, take })));
        }

        var byId = Parser.Parse(ById);
        var ids = library.Books.Select(b => GlobalId.Encode("Book", b.Id)).ToList();
        var missing = GlobalId.Encode("Book", int.MaxValue);
        foreach (var (a, b, c) in new[] { (ids[0], ids[1], ids[2]), (ids[3], ids[3], ids[3]), (ids[4], missing, ids[5]), (ids[6], ids[7], ids[6]), (ids[8], ids[9], ids[10]) })
        {
            answers.Add(Checked(await library.ExecuteAsync(ById, byId, new { a, b, c })));
        }

        return answers;
    }

    private static string Checked(System.Text.Json.JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetRawText();
    }
}
