using GraphQL;
using GraphQL.Types;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Aggregates;

/// <summary>Each aggregate field is one SQL statement that reads only what is selected, with no client evaluation.</summary>
public sealed class AggregateSqlTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task Aggregates_alone_run_one_statement_with_the_filter()
    {
        var commands = await RunAsync("""
            { books(where: { inPrint: { eq: true } }) {
                aggregates { count sum { price royalty pages } avg { rating royalty } min { published } max { addedAt copies } } } }
            """);

        var sql = Assert.Single(commands);
        Assert.Contains("WHERE \"b\".\"InPrint\"", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
        Assert.Contains("MAX(\"b0\".\"AddedAt\")", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("GROUP BY", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ungrouped_aggregates_over_no_rows_are_a_zero_count_and_nulls()
    {
        var commands = await RunAsync("{ books(where: { title: { eq: \"no such title\" } }) { aggregates { count sum { pages } avg { rating } min { published } max { copies } } } }");

        var sql = Assert.Single(commands);
        Assert.DoesNotContain("GROUP BY", sql, StringComparison.Ordinal);
        var result = await fixture.ExecuteAsync("{ books(where: { title: { eq: \"no such title\" } }) { aggregates { count sum { pages } avg { rating } min { published } max { copies } } } }");
        var aggregates = result.GetProperty("data").GetProperty("books").GetProperty("aggregates");
        Assert.Equal(0, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("sum").GetProperty("pages").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("avg").GetProperty("rating").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("min").GetProperty("published").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("max").GetProperty("copies").ValueKind);
    }

    [Fact]
    public async Task Money_stored_as_centavos_is_summed_and_compared_in_SQL_on_the_stored_integers()
    {
        var commands = await RunAsync("{ books { aggregates { sum { royalty } avg { royalty } min { royalty } max { royalty } } } }");

        var sql = Assert.Single(commands);
        Assert.Contains("SUM(\"b0\".\"RoyaltyCents\")", sql, StringComparison.Ordinal);
        Assert.Contains("MIN(\"b0\".\"RoyaltyCents\")", sql, StringComparison.Ordinal);
        Assert.Contains("MAX(\"b0\".\"RoyaltyCents\")", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("AVG(", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_totals_come_back_exact_and_in_pesos()
    {
        var result = await fixture.ExecuteAsync("{ books { aggregates { sum { royalty } avg { royalty } min { royalty } max { royalty } } } }");

        var aggregates = result.GetProperty("data").GetProperty("books").GetProperty("aggregates");
        var royalties = fixture.Books.Where(b => b.Royalty is not null).Select(b => b.Royalty!.Value).ToList();
        Assert.Equal(royalties.Sum(), aggregates.GetProperty("sum").GetProperty("royalty").GetDecimal());
        Assert.Equal(royalties.Average(), aggregates.GetProperty("avg").GetProperty("royalty").GetDecimal());
        Assert.Equal(royalties.Min(), aggregates.GetProperty("min").GetProperty("royalty").GetDecimal());
        Assert.Equal(royalties.Max(), aggregates.GetProperty("max").GetProperty("royalty").GetDecimal());
    }

    [Fact]
    public async Task Only_the_selected_aggregates_become_columns()
    {
        var commands = await RunAsync("{ books { aggregates { count } } }");

        var sql = Assert.Single(commands);
        Assert.DoesNotContain("SUM(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grouped_aggregates_run_one_statement_grouped_ordered_and_limited_in_SQL()
    {
        var commands = await RunAsync("""
            { books(where: { pages: { gte: 150 } }) {
                groupedAggregates(groupBy: [STATUS, PUBLISHED_YEAR]) { keys { status publishedYear } count sum { price } max { rating } } } }
            """);

        var sql = Assert.Single(commands);
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.Contains("strftime('%Y', \"b\".\"Published\")", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_count_aggregates_and_groups_run_one_statement_each()
    {
        var commands = await RunAsync("""
            { books(first: 3) { nodes { title } totalCount aggregates { count sum { pages } } groupedAggregates(groupBy: [IN_PRINT]) { count } } }
            """);

        Assert.Equal(4, commands.Count);
    }

    [Fact]
    public async Task Offset_collections_have_the_same_aggregates()
    {
        var commands = await RunAsync("{ authors(where: { country: { neq: null } }) { aggregates { count min { born } } groupedAggregates(groupBy: [COUNTRY]) { keys { country } count } } }");

        Assert.Equal(2, commands.Count);
    }

    [Fact]
    public void Aggregate_fields_count_as_one_item_for_the_complexity_analysis()
    {
        var connection = (IComplexGraphType)fixture.Schema.AllTypes["BooksConnection"]!;

        foreach (var name in new[] { "aggregates", "groupedAggregates" })
        {
            var impact = connection.GetField(name)!.GetComplexityImpactDelegate()!(default);
            Assert.Equal((1d, 1d), (impact.FieldImpact, impact.ChildImpactMultiplier));
        }
    }

    private async Task<IReadOnlyList<string>> RunAsync(string query)
    {
        fixture.Log.Clear();
        var result = await fixture.ExecuteAsync(query);
        JsonAssertions.NoErrors(result);
        return fixture.Log.Commands;
    }
}
