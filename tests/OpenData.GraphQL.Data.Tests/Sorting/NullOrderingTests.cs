using OpenData.GraphQL.Data.Sorting;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using OpenData.GraphQL.Data.Tests.Model;

namespace OpenData.GraphQL.Data.Tests.Sorting;

/// <summary>
/// The explicit null ordering used on providers that put nulls last ascending (PostgreSQL) must give the order the
/// engine promises everywhere: nulls first ascending, last descending (LINQ-to-objects treats null as smallest).
/// </summary>
public sealed class NullOrderingTests
{
    private static readonly List<Book> Books = LibraryData.Create(seed: 7).Books;

    [Theory]
    [InlineData("rating", "ASC")]
    [InlineData("rating", "DESC")]
    [InlineData("subtitle", "DESC")]
    public void Explicit_null_ordering_matches_nulls_as_the_smallest_value(string field, string direction)
    {
        var order = new List<object?> { new Dictionary<string, object?> { [field] = direction == "DESC" ? SortDirection.Descending : SortDirection.Ascending } };
        var plain = new SortTranslator();
        var explicitNulls = new SortTranslator(explicitNullOrdering: true);

        var expected = plain.Apply(Books.AsQueryable(), plain.Keys<Book>(order)).Select(b => b.Id).ToList();
        var actual = explicitNulls.Apply(Books.AsQueryable(), explicitNulls.Keys<Book>(order)).Select(b => b.Id).ToList();

        Assert.Equal(expected, actual);
        var first = Books.Single(b => b.Id == actual[0]);
        Assert.Equal(direction == "ASC", (field == "rating" ? (object?)first.Rating : first.Subtitle) is null);
    }
}
