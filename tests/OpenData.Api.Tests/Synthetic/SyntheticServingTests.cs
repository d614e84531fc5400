using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Synthetic;

public sealed class SyntheticServingTests(SyntheticDatabaseFixture fixture) : IClassFixture<SyntheticDatabaseFixture>
{
    [Fact]
    public async Task The_API_serves_a_synthetic_database_and_says_it_is_synthetic()
    {
        using var factory = new SyntheticApiFactory(fixture.Path);
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            query {
              dataset { isSynthetic version counts { collection count } }
              historyEvents(first: 5, where: { title: { contains: "atencion" } }, order: [{ dateStart: DESC }]) {
                totalCount
                pageInfo { endCursor hasNextPage }
                nodes { title date sources { title url } municipalities { name } }
              }
              fundingRecords(take: 3, where: { fiscalYear: { gte: 2020 } }, order: [{ amount: DESC }]) {
                items { fiscalYear amount purpose program { name } sources { publisher } }
              }
              institution { name }
            }
            """);

        var dataset = data.GetProperty("dataset");
        Assert.True(dataset.GetProperty("isSynthetic").GetBoolean());
        Assert.StartsWith("synthetic-", dataset.GetProperty("version").GetString(), StringComparison.Ordinal);
        var events = data.GetProperty("historyEvents");
        Assert.True(events.GetProperty("totalCount").GetInt32() > 5);
        var nodes = events.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n =>
        {
            // The accent-insensitive filter finds "atención" through the folded column.
            Assert.Contains("atención", n.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(n.GetProperty("sources").EnumerateArray());
        });
        var funding = data.GetProperty("fundingRecords").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, funding.Count);
        Assert.All(funding, f => Assert.True(f.GetProperty("fiscalYear").GetInt32() >= 2020));
        Assert.Equal("Instituto Estatal de las Mujeres de Durango", data.GetProperty("institution").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_cursor_walk_reaches_the_next_page_of_a_synthetic_collection()
    {
        using var factory = new SyntheticApiFactory(fixture.Path);
        var client = new GraphQLClient(factory.CreateClient());
        const string query = "query($after: String) { sources(first: 50, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } }";

        var first = (await client.DataAsync(query)).GetProperty("sources");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await client.DataAsync(query, new { after = cursor })).GetProperty("sources");

        var ids = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(100, ids.Distinct().Count());
        Assert.Equal(JsonValueKind.True, first.GetProperty("pageInfo").GetProperty("hasNextPage").ValueKind);
    }

    private sealed class SyntheticApiFactory(string path) : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() => [("Database:Path", path), ("Database:BuildOnStart", "false")];
    }
}
