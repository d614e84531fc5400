using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// Every page of a search, walked by cursor through HTTP, equals the plainest statement over the same index: bm25 and
/// snippet computed for every match, sorted by score then rowid (type, slug), counted with count(*). Whatever the page
/// statement does to rank and write snippets for the page only, the hits, their order (ties included), scores,
/// snippets and totals must stay these.
/// </summary>
public sealed class SearchRankingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Oracle = """
        SELECT type, slug, bm25("SearchIndex", 0, 0, 5.0, 1.0), snippet("SearchIndex", -1, char(2), char(3), '…', 16)
        FROM "SearchIndex"
        WHERE "SearchIndex" MATCH $match AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
        ORDER BY 3, rowid
        """;

    private SearchClient Client => new(new GraphQLClient(factory.CreateClient()));

    [Theory]
    [InlineData("mujeres", 7, null)]
    [InlineData("viol", 4, null)]
    [InlineData("PEÑÓN blanco", 1, null)]
    [InlineData("penon BLANCO", 1, null)]
    [InlineData("Políticas públicas", 2, null)]
    [InlineData("\"instituto de la mujer\"", 3, null)]
    [InlineData("mujeres \"de justicia\"", 2, null)]
    [InlineData("durango", 9, "MUNICIPALITY,CENTRE,SOURCE")]
    [InlineData("mujeres", 2, "CENTRE")]
    public async Task Every_page_by_cursor_equals_ranking_every_match_with_its_snippet(string text, int size, string? typeList)
    {
        var types = typeList?.Split(',');
        var expected = await OracleAsync(text, types);
        Assert.True(expected.Count > size, $"only {expected.Count} hits for {text}");

        var walked = new List<(string Type, string Id, double Score, string Snippet)>();
        string? after = null;
        for (var pages = 0; pages < 500; pages++)
        {
            var page = await Client.SearchAsync(text, types, first: size, after: after);
            walked.AddRange(page.Hits.Select(h => (h.Type, h.Id, h.Score, h.Snippet)));
            if (!page.HasNextPage)
            {
                break;
            }

            Assert.Equal(size, page.Hits.Count);
            after = page.EndCursor;
        }

        Assert.Equal(expected, walked);
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync(
            "query($text: String!, $types: [SearchableType!]) { search(text: $text, types: $types, first: 1) { totalCount } }", new { text, types });
        Assert.Equal(expected.Count, data.GetProperty("search").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Ties_in_score_keep_type_then_slug_order_across_pages()
    {
        var expected = await OracleAsync("mujeres", null);
        var tied = expected.Select((hit, i) => (hit, i)).Where(x => x.i > 0 && expected[x.i - 1].Score == x.hit.Score).Select(x => x.i).ToList();
        Assert.True(tied.Count > 0, "the seed has no tie in score for this search");

        // Pages of 2 cut through ties: a page boundary falls between two hits of equal score.
        var walked = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 500; pages++)
        {
            var page = await Client.SearchAsync("mujeres", first: 2, after: after);
            walked.AddRange(page.Hits.Select(h => h.Id));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        Assert.Contains(tied, i => i % 2 == 0);
        Assert.Equal(expected.Select(h => h.Id), walked);
    }

    [Fact]
    public async Task After_the_last_hit_the_page_is_empty_and_the_total_stays()
    {
        var whole = await Client.SearchAsync("laguna", first: 100);
        Assert.False(whole.HasNextPage);

        var client = new GraphQLClient(factory.CreateClient());
        var data = await client.DataAsync(
            "query($after: String) { search(text: \"laguna\", first: 5, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { score } } }",
            new { after = whole.EndCursor });
        var search = data.GetProperty("search");

        Assert.Empty(search.GetProperty("nodes").EnumerateArray());
        Assert.False(search.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(search.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(whole.Hits.Count, search.GetProperty("totalCount").GetInt32());
    }

    /// <summary>Every hit as the API publishes it, from the plain statement over the test database.</summary>
    private static async Task<List<(string Type, string Id, double Score, string Snippet)>> OracleAsync(string text, string[]? types)
    {
        var query = SearchQuery.Parse(text) ?? throw new InvalidOperationException(text);
        var typeNames = types?.Select(t => SearchableCollections.All.Single(c => c.EnumName == t).TypeName).ToArray();
        var path = await TestDataset.PathAsync();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Oracle;
        command.Parameters.AddWithValue("$match", query.Match);
        command.Parameters.AddWithValue("$types", typeNames is null ? DBNull.Value : JsonSerializer.Serialize(typeNames));
        return await SearchOracleHits.ReadAsync(command);
    }
}
