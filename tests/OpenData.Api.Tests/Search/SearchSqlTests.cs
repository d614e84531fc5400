using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// The search is one FTS statement; its nodes load in one statement per type. On SQLite the ranking pass counts the
/// matches, so <c>totalCount</c> adds no statement; on PostgreSQL too, except for a page with no hits
/// (<c>PostgresConnectionLeaseTests</c>).
/// </summary>
public sealed class SearchSqlTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    [Fact]
    public async Task Search_costs_one_statement_plus_one_per_type_of_node()
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");

        factory.Sql.Clear();
        var data = await client.DataAsync("""
            { search(text: "mujeres", first: 40) { nodes { type node { id ... on Policy { name } ... on Source { title } } } } }
            """);

        var types = data.GetProperty("search").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("type").GetString()).Distinct().Count();
        Assert.True(types >= 3, $"only {types} types");
        Assert.Single(factory.Sql.Commands, c => c.Contains("MATCH", StringComparison.Ordinal));
        Assert.Equal(1 + types, factory.Sql.Commands.Count);
    }

    [Fact]
    public async Task TotalCount_adds_no_statement_the_ranking_pass_counts()
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");

        factory.Sql.Clear();
        await client.DataAsync("""{ search(text: "violencia") { nodes { score } } }""");
        var without = factory.Sql.Commands.Count;
        factory.Sql.Clear();
        await client.DataAsync("""{ search(text: "violencia") { totalCount nodes { score } } }""");
        var with = factory.Sql.Commands.Count;

        Assert.Equal(1, without);
        Assert.Equal(1, with);
    }
}
