using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Projection;

/// <summary>Counts and inspects the SQL statements each request runs.</summary>
public sealed class SqlShapeTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task A_collection_field_runs_one_statement()
    {
        var commands = await RunAsync("{ books(first: 5, where: { title: { contains: \"a\" } }, order: [{ price: DESC }]) { nodes { title } pageInfo { hasNextPage endCursor } } }");

        Assert.Single(commands);
    }

    [Fact]
    public async Task Filters_across_navigations_and_lists_and_nested_orders_stay_in_one_statement()
    {
        var commands = await RunAsync("""
            { books(last: 4, where: { author: { name: { startsWith: "nino" } }, reviews: { some: { stars: { gte: 3 } } }, tags: { any: true } },
                    order: [{ author: { country: DESC } }, { rating: ASC }]) { nodes { title } } }
            """);

        var sql = Assert.Single(commands);
        Assert.Contains("EXISTS", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_count_adds_exactly_one_count_statement()
    {
        var commands = await RunAsync("{ books(first: 5) { totalCount nodes { title } } }");

        Assert.Equal(2, commands.Count);
        Assert.Single(commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_batched_level_adds_one_statement_whatever_the_number_of_parents()
    {
        var commands = await RunAsync("""
            { books(first: 20) { nodes { title author { name } tags { label books { title } } reviews { stars } } } }
            """);

        // books; author (to-one); tags (many-to-many); tags.books (second level); reviews (one-to-many)
        Assert.Equal(5, commands.Count);
    }

    [Fact]
    public async Task Two_collection_fields_run_two_statements()
    {
        var commands = await RunAsync("{ books(first: 2) { nodes { title } } tags(first: 2) { nodes { label } } }");

        Assert.Equal(2, commands.Count);
    }

    [Fact]
    public async Task Projection_reads_only_the_selected_columns_and_the_key()
    {
        var commands = await RunAsync("{ books(first: 3) { nodes { title } } }");

        var select = SelectList(Assert.Single(commands));
        Assert.Equal(["\"b\".\"Id\"", "\"b\".\"Title\""], select.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Projection_reads_sort_keys_and_required_columns_and_joins_projected_navigations()
    {
        var commands = await RunAsync("""
            { reviews(first: 2, order: [{ stars: DESC }]) { edges { cursor node { stars book { title shout } } } } }
            """);

        var sql = Assert.Single(commands);
        Assert.Contains("JOIN \"Books\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Comment\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Reviewer\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Price\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_with_an_unknown_resolver_reads_every_column_of_its_entity()
    {
        var commands = await RunAsync("{ books(first: 1) { nodes { id } } }");
        var few = SelectList(Assert.Single(commands)).Count;

        var all = await RunAsync("{ books(first: 1) { edges { node { title } } nodes { price } } }");

        Assert.Equal(1, few);
        Assert.Equal(3, SelectList(Assert.Single(all)).Count);
    }

    private async Task<IReadOnlyList<string>> RunAsync(string query)
    {
        fixture.Log.Clear();
        var result = await fixture.ExecuteAsync(query);
        JsonAssertions.NoErrors(result);
        return fixture.Log.Commands;
    }

    private static List<string> SelectList(string sql)
    {
        var select = sql[(sql.IndexOf("SELECT", StringComparison.Ordinal) + 6)..sql.IndexOf("FROM", StringComparison.Ordinal)];
        return select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
