using GraphQLParser;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Plans;

/// <summary>
/// A lookup by one key (an entity by id, a reference of one parent) runs a statement compiled once with the key bound:
/// requests with different ids, interleaved on one document, answer exactly as the same requests on an engine that
/// compiles nothing (every statement ad hoc), with as many statements; the entity is read from its mapped columns only.
/// </summary>
public sealed class KeyLookupTests
{
    private const string Query = """
        query Book($id: ID!) {
          book(id: $id) { id title subtitle status published price royalty rating pages copies inPrint addedAt author { name } }
        }
        """;

    [Fact]
    public async Task Lookups_by_one_key_interleaved_with_different_ids_answer_as_ad_hoc_statements()
    {
        using var compiled = new LibraryFixture();
        using var adHoc = new LibraryFixture(null, engine => engine.PlanCacheSize = 0);
        var document = Parser.Parse(Query);
        var withAuthor = compiled.Books.Where(b => b.AuthorId is not null).Select(b => b.Id).Take(3);
        var withoutAuthor = compiled.Books.Where(b => b.AuthorId is null).Select(b => b.Id).Take(2);
        var ids = withAuthor.Concat(withoutAuthor).Append(int.MaxValue).ToList();
        Assert.True(ids.Count >= 5, "the library has books with and without an author");

        // Twice over, in two orders, so that each compiled statement serves ids other than the one it was built for.
        var sequence = ids.Concat(Enumerable.Reverse(ids)).ToList();
        var answers = new List<string>();
        compiled.Log.Clear();
        adHoc.Log.Clear();
        foreach (var id in sequence)
        {
            var variables = new { id = GlobalId.Encode("Book", id) };
            var expected = await adHoc.ExecuteAsync(Query, Parser.Parse(Query), variables);
            var actual = await compiled.ExecuteAsync(Query, document, variables);
            Assert.Equal(expected.GetRawText(), actual.GetRawText());
            answers.Add(actual.GetRawText());
        }

        // The answers differ by id (a stale key would repeat one), and the missing id answers null.
        Assert.Equal(ids.Count, answers.Distinct().Count());
        Assert.Contains("\"book\":null", answers[ids.Count - 1], StringComparison.Ordinal);
        Assert.Equal(adHoc.Log.Commands.Count, compiled.Log.Commands.Count);
        Assert.True(compiled.Plans.QueryCount >= 1, "the author reference is a compiled query of the plan cache");
        Assert.DoesNotContain(compiled.Log.Commands, sql => sql.Contains(OpenData.GraphQL.Data.TextFolding.TextFolding.ColumnSuffix, StringComparison.Ordinal));
    }
}
