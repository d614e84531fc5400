using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.Api.Search.Ranking;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// The ranking function the SQLite search uses (<c>opendata_bm25</c>) against FTS5's own bm25 over the same index: the
/// same double for every match, to the last bit (a port with one constant off, b = 0.7 for 0.75, fails here on every
/// text), and the same answers through HTTP after the index is written to while the server runs.
/// </summary>
public sealed class SearchRankFunctionTests
{

    [Theory]
    [InlineData("mujeres")]
    [InlineData("viol")]
    [InlineData("penon blanco")]
    [InlineData("Políticas públicas")]
    [InlineData("\"instituto de la mujer\"")]
    [InlineData("mujeres \"de justicia\"")]
    [InlineData("durango")]
    public async Task Every_match_scores_exactly_as_bm25_and_the_page_is_its_best(string text)
    {
        var query = SearchQuery.Parse(text)!;
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(await TestDataset.PathAsync(), SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        Assert.Same(Fts5RankFunction.Register(connection), Fts5RankFunction.Register(connection));

        // Twice: the second statement uses the IDFs and sizes the first kept.
        for (var round = 0; round < 2; round++)
        {
            using var call = RankingCall.Begin(query.Match, 2, 3);
            var rows = await ScoresAsync(connection, query.Match, call.Id);
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Equal(BitConverter.DoubleToInt64Bits(row.Bm25), BitConverter.DoubleToInt64Bits(row.Ours)));
            Assert.Equal(rows.Count, call.Count);
            var best = rows.OrderBy(r => r.Bm25).ThenBy(r => r.Rowid).Skip(2).Take(3).Select(r => (r.Rowid, r.Bm25));
            Assert.Equal(best, call.Page());
        }
    }

    [Fact]
    public async Task Without_its_call_the_function_is_an_error_not_a_score()
    {
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(await TestDataset.PathAsync(), SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        Fts5RankFunction.Register(connection);

        var error = await Assert.ThrowsAsync<SqliteException>(() => ScoresAsync(connection, "\"mujeres\"", -1));
        Assert.Contains(Fts5RankFunction.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_index_is_written_to_while_the_server_runs_every_answer_follows_it()
    {
        using var folder = TempDirectory.Create("rank");
        var path = folder.PathOf("opendata.sqlite");
        File.Copy(await TestDataset.PathAsync(), path);
        await using var factory = new SearchFileApiFactory(path);
        var client = new SearchClient(new GraphQLClient(factory.CreateClient()));

        // Many pages, so that several serving connections rank (and keep IDFs and sizes) before the write.
        string[] texts = ["mujeres", "durango", "viol"];
        foreach (var text in texts)
        {
            AssertSame(text, await OracleAsync(path, text), await WalkAsync(client, text));
        }

        // Another connection writes to the file the server reads: fewer rows (every IDF and the average length change)
        // and longer rows (their sizes change).
        await using (var writer = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadWrite)))
        {
            await writer.OpenAsync();
            await using var command = writer.CreateCommand();
            command.CommandText = """
                DELETE FROM "SearchIndex" WHERE rowid IN (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH 'durango' ORDER BY rowid DESC LIMIT 40);
                UPDATE "SearchIndex" SET body = body || ' mujeres violencia durango texto añadido para cambiar su tamaño' WHERE rowid % 7 = 0;
                """;
            await command.ExecuteNonQueryAsync();
        }

        foreach (var text in texts)
        {
            AssertSame(text, await OracleAsync(path, text), await WalkAsync(client, text));
        }
    }

    /// <summary>Equal answers; the first hit that differs is named.</summary>
    private static void AssertSame(string text, (List<(string, string, double, string)> Hits, int Total) expected, (List<(string, string, double, string)> Hits, int Total) actual)
    {
        var at = expected.Hits.Zip(actual.Hits).TakeWhile(pair => pair.First == pair.Second).Count();
        Assert.True(
            expected == actual || (expected.Total == actual.Total && expected.Hits.SequenceEqual(actual.Hits)),
            $"{text}: {expected.Total} against {actual.Total} hits; at {at}: {expected.Hits.ElementAtOrDefault(at)} against {actual.Hits.ElementAtOrDefault(at)}");
    }

    /// <summary>Every hit as the API publishes it, from FTS5's bm25 over <paramref name="path"/> now, and their number.</summary>
    private static async Task<(List<(string, string, double, string)> Hits, int Total)> OracleAsync(string path, string text)
    {
        var hits = await SearchOracleHits.OfFileAsync(path, text);
        return (hits, hits.Count);
    }

    private static async Task<List<(long Rowid, double Bm25, double Ours)>> ScoresAsync(SqliteConnection connection, string match, long call)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT rowid, {SearchOracleHits.Bm25}, {Fts5RankFunction.Name}("SearchIndex", $call) FROM "SearchIndex" WHERE "SearchIndex" MATCH $match
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$call", call);
        var rows = new List<(long, double, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return rows;
    }

    /// <summary>Every hit by cursor in pages of 7, and the total.</summary>
    private static async Task<(List<(string, string, double, string)> Hits, int Total)> WalkAsync(SearchClient client, string text)
    {
        var hits = new List<(string, string, double, string)>();
        string? after = null;
        for (var pages = 0; pages < 500; pages++)
        {
            var page = await client.SearchAsync(text, first: 7, after: after);
            hits.AddRange(page.Hits.Select(h => (h.Type, h.Id, h.Score, h.Snippet)));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        return (hits, hits.Count);
    }



}
