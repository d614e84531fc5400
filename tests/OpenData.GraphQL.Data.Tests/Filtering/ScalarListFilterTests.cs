using System.Text.Json;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Filters on a list of scalars (HotChocolate's <c>ListIntOperationFilterInput</c>): <c>some</c>, <c>all</c>,
/// <c>none</c> with the element's operations, and <c>any</c>, translated to SQL. The Postgres twin runs the same cases.
/// </summary>
public sealed class ScalarListFilterTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Query = """
        query($where: BookFilterInput) { books(where: $where, first: 100) { nodes { id } } }
        """;

    [Fact]
    public async Task Some_all_none_and_any_select_what_LINQ_selects()
    {
        var year = fixture.Books.SelectMany(b => b.EditionYears).GroupBy(y => y).OrderByDescending(g => g.Count()).First().Key;

        await AssertSelects(new { editionYears = new { some = new { eq = year } } }, b => b.EditionYears.Contains(year));
        await AssertSelects(new { editionYears = new { all = new { gte = year } } }, b => b.EditionYears.All(y => y >= year));
        await AssertSelects(new { editionYears = new { none = new { @in = new[] { year, year + 1 } } } }, b => !b.EditionYears.Any(y => y == year || y == year + 1));
        await AssertSelects(new { editionYears = new { any = false } }, b => b.EditionYears.Count == 0);
        await AssertSelects(new { editionYears = new { some = new { gt = year, lt = year + 3 } } }, b => b.EditionYears.Any(y => y > year && y < year + 3));
    }

    [Fact]
    public async Task The_filter_runs_in_the_database()
    {
        fixture.Log.Clear();

        await fixture.ExecuteAsync(Query, new { where = new { editionYears = new { some = new { eq = 2003 } } } });

        var sql = string.Join('\n', fixture.Log.Commands);
        Assert.Contains("EditionYears", sql, StringComparison.Ordinal);
        Assert.True(sql.Contains("json_each", StringComparison.Ordinal) || sql.Contains("ANY", StringComparison.Ordinal) || sql.Contains("unnest", StringComparison.Ordinal), sql);
    }

    [Fact]
    public async Task A_null_element_filter_is_refused_like_other_null_filters()
    {
        var result = await fixture.ExecuteAsync(Query, new { where = new { editionYears = new { some = (object?)null } } });

        Assert.Equal("NULL_FILTER_VALUE", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task AssertSelects(object where, Func<Model.Book, bool> expected)
    {
        var result = await fixture.ExecuteAsync(Query, new { where });

        JsonAssertions.NoErrors(result);
        var ids = result.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray()
            .Select(n => GlobalId.Decode<int>(n.GetProperty("id").GetString(), "Book")).ToList();
        var wanted = fixture.Books.Where(expected).Select(b => b.Id).ToList();
        Assert.True(wanted.Count is > 0 and < 60, $"{JsonSerializer.Serialize(where)} selects {wanted.Count} books: not a discriminating case");
        Assert.Equal(wanted, ids);
    }
}
