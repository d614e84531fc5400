using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.Api.Search.Ranking;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// A last word that no longer indexed word begins with is searched as itself (<see cref="SearchQuery.WholeWordMatch"/>)
/// and its prefix group scored from that one phrase: the answers must stay those of the query's own expression
/// (<c>("w" OR "w" *)</c>) — every score to the bit, every snippet, every total — for whole words and for words that
/// begin longer ones, and they must follow the index when a write makes a whole word the beginning of a longer one.
/// </summary>
public sealed class SearchWholeWordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{

    private const string Page = """
        query($text: String!) { search(text: $text, first: 10) { totalCount nodes { type score snippet node { id } } } }
        """;

    [Fact]
    public async Task Whole_words_and_words_that_begin_longer_ones_answer_as_their_prefix_group()
    {
        var path = await TestDataset.PathAsync();
        var (whole, begun) = await WordsAsync(path);
        Assert.True(whole.Count >= 20 && begun.Count >= 10, $"{whole.Count} whole words and {begun.Count} beginnings of longer words in the test index");

        // Alone, and after another word (the whole-word expression keeps the other terms and their phrases in place).
        var texts = whole.Take(25).Concat(begun.Take(10))
            .Concat(whole.Take(5).Zip(begun.Skip(10).Take(5).Concat(whole.Skip(25).Take(5)), (w, other) => $"{other} {w}"))
            .ToList();
        var client = new GraphQLClient(factory.CreateClient());
        foreach (var text in texts)
        {
            await AssertPageAsync(client, path, text);
        }
    }

    [Fact]
    public async Task A_whole_word_scores_every_match_to_the_bit_as_bm25_of_its_prefix_group()
    {
        var path = await TestDataset.PathAsync();
        var (whole, begun) = await WordsAsync(path);
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        var index = Fts5RankFunction.Register(connection);

        foreach (var text in whole.Take(10).Append($"{begun[0]} {whole[0]}"))
        {
            var query = SearchQuery.Parse(text)!;
            var plan = Fts5SearchPlan.For(index, query);
            Assert.Equal(query.WholeWordMatch, plan.Match);
            using var call = RankingCall.Begin(plan.Match, plan.Phrases, 0, 5);
            var ours = await ScoresAsync(connection, $"""{Fts5RankFunction.Name}("SearchIndex", $call)""", plan.Match, call.Id);
            var bm25 = await ScoresAsync(connection, SearchOracleHits.Bm25, query.Match, call.Id);

            Assert.NotEmpty(bm25);
            Assert.Equal(bm25.Select(r => (r.Rowid, BitConverter.DoubleToInt64Bits(r.Score))), ours.Select(r => (r.Rowid, BitConverter.DoubleToInt64Bits(r.Score))));
            Assert.Equal(bm25.OrderBy(r => r.Score).ThenBy(r => r.Rowid).Take(5), call.Page().Select(hit => (hit.Rowid, hit.Score)));
            Assert.True(plan.HeldFor(index));
        }

        // A word that begins a longer one keeps the query's own expression.
        var begunQuery = SearchQuery.Parse(begun[0])!;
        Assert.Equal(begunQuery.Match, Fts5SearchPlan.For(index, begunQuery).Match);
    }

    [Fact]
    public async Task After_a_longer_word_is_written_the_word_is_searched_as_a_prefix_again()
    {
        using var folder = TempDirectory.Create("whole");
        var path = folder.PathOf("opendata.sqlite");
        File.Copy(await TestDataset.PathAsync(), path);
        var (whole, _) = await WordsAsync(path);
        var word = whole[0];
        await using var api = new SearchFileApiFactory(path);
        var client = new GraphQLClient(api.CreateClient());

        // Several requests, so that serving connections keep the answer "whole" for the word.
        for (var i = 0; i < 4; i++)
        {
            await AssertPageAsync(client, path, word);
        }

        // Another connection writes a longer word that begins with it into a record that did not match it.
        await using (var writer = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadWrite)))
        {
            await writer.OpenAsync();
            await using var command = writer.CreateCommand();
            command.CommandText = """
                UPDATE "SearchIndex" SET title = title || ' ' || $longer
                WHERE rowid IN (SELECT rowid FROM "SearchIndex" WHERE rowid NOT IN (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH $word) ORDER BY rowid LIMIT 3)
                """;
            command.Parameters.AddWithValue("$longer", word + "zq");
            command.Parameters.AddWithValue("$word", $"\"{word}\"");
            Assert.Equal(3, await command.ExecuteNonQueryAsync());
        }

        for (var i = 0; i < 4; i++)
        {
            await AssertPageAsync(client, path, word);
        }
    }

    private static async Task AssertPageAsync(GraphQLClient client, string path, string text)
    {
        var expected = await SearchOracleHits.OfFileAsync(path, text);
        var search = (await client.DataAsync(Page, new { text })).GetProperty("search");
        var actual = search.GetProperty("nodes").EnumerateArray().Select(n => (
            n.GetProperty("type").GetString()!, n.GetProperty("node").GetProperty("id").GetString()!,
            n.GetProperty("score").GetDouble(), n.GetProperty("snippet").GetString()!)).ToList();
        Assert.Equal(expected.Count, search.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(10), actual);
    }

    /// <summary>
    /// The index's ASCII words with at least 3 records, most frequent first: those no longer word begins with, and
    /// those that begin a longer word (read from FTS5's vocabulary, compared here).
    /// </summary>
    private static async Task<(List<string> Whole, List<string> Begun)> WordsAsync(string path)
    {
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'SearchIndex', 'row');
            SELECT term, doc FROM temp.words ORDER BY term;
            """;
        var terms = new List<(string Term, long Documents)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                terms.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var words = terms
            .Where(t => t.Documents >= 3 && t.Term.Length >= 3 && t.Term.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            .Where(t => !SpanishStopWords.All.Contains(t.Term))
            .OrderByDescending(t => t.Documents).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => (t.Term, Begins: terms.Any(o => o.Term.Length > t.Term.Length && o.Term.StartsWith(t.Term, StringComparison.Ordinal))))
            .ToList();
        return ([.. words.Where(w => !w.Begins).Select(w => w.Term)], [.. words.Where(w => w.Begins).Select(w => w.Term)]);
    }


    private static async Task<List<(long Rowid, double Score)>> ScoresAsync(SqliteConnection connection, string score, string match, long call)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT rowid, {score} FROM "SearchIndex" WHERE "SearchIndex" MATCH $match ORDER BY rowid""";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$call", call);
        var rows = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return rows;
    }


}
