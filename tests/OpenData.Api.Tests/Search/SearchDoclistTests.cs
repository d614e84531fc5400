using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Search;
using OpenData.Api.Search.Ranking;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>
/// A whole-word search is ranked from its terms' doclists, read from FTS5's one optimized segment
/// (<see cref="DoclistRanking"/>, <see cref="Fts5Segment"/>): its answers must be FTS5's own — bm25 and snippet of the
/// query's expression over every match, ties in rowid order, the total — over an index whose doclists span many leaf
/// pages (rowids stored whole at a page's start, a position list longer than a page), with gaps between rowids, a
/// short record that repeats the word and must rank first among thousands, and two-word texts.
/// </summary>
public sealed class SearchDoclistTests
{
    private const string Page = """
        query($text: String!, $first: Int, $after: String) {
          search(text: $text, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { type score snippet node { id } }
          }
        }
        """;

    private static readonly string[] Columns = ["$type", "$slug", "$title", "$body"];

    private static readonly string[] Texts =
    [
        "qzalfa", "qzbeta", "QZALFA", "qzalfa qzbeta", "qzbeta qzalfa", "qzgama", "qzalfa qzgama", "registro qzbeta", "qzalfa qzausente",
    ];

    [Fact]
    public async Task Whole_words_over_doclists_of_many_pages_answer_as_fts5_bm25_and_snippet()
    {
        using var folder = TempDirectory.Create("doclists");
        var path = folder.PathOf("opendata.sqlite");
        await BuildAsync(path);
        await AssertPremiseAsync(path);

        await using var api = new CountingFileApiFactory(path);
        var client = new GraphQLClient(api.CreateClient());
        await client.DataAsync("{ dataset { version } }");
        foreach (var text in Texts)
        {
            var expected = await SearchOracleHits.OfFileAsync(path, text);
            api.Sql.Clear();
            var search = (await client.DataAsync(Page, new { text, first = 10 })).GetProperty("search");

            Assert.Equal(expected.Count, search.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected.Take(10), Hits(search));

            // Ranked from the doclists: the one statement is the page's snippets by rowid, not FTS5's ranking pass (none
            // when nothing matches).
            if (expected.Count == 0)
            {
                Assert.Empty(api.Sql.Commands);
            }
            else
            {
                var statement = Assert.Single(api.Sql.Commands);
                Assert.Contains("json_each($ids)", statement, StringComparison.Ordinal);
            }
        }

        // Walking the pages of a word in thousands of records gives every hit once, in bm25 order.
        var all = await SearchOracleHits.OfFileAsync(path, "qzbeta");
        var walked = new List<(string, string, double, string)>();
        string? after = null;
        for (var pages = 0; pages < 60; pages++)
        {
            var search = (await client.DataAsync(Page, new { text = "qzbeta", first = 100, after })).GetProperty("search");
            walked.AddRange(Hits(search));
            var info = search.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Every_match_of_a_whole_word_search_scores_to_the_bit_as_fts5_bm25()
    {
        using var folder = TempDirectory.Create("doclists");
        var path = folder.PathOf("opendata.sqlite");
        await BuildAsync(path);
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        var index = Fts5RankFunction.Register(connection);

        foreach (var text in Texts)
        {
            var query = SearchQuery.Parse(text)!;
            var bm25 = await Bm25Async(connection, query.Match);
            var ranked = DoclistRanking.Rank(index, query, Fts5SearchPlan.For(index, query), 0, bm25.Count + 1);
            Assert.True(ranked.HasValue, text);
            using var call = ranked!.Value.Call;

            Assert.Equal(bm25.Count, call.Count);
            Assert.Equal(
                bm25.Select(r => (r.Rowid, BitConverter.DoubleToInt64Bits(r.Score))),
                call.Page().Select(hit => (hit.Rowid, BitConverter.DoubleToInt64Bits(hit.Score))));
        }

        // The short record that repeats the word ranks first among the thousands that hold it.
        var top = await Bm25Async(connection, SearchQuery.Parse("qzalfa")!.Match);
        Assert.Equal(await RowidAsync(connection, "qz-corto"), top[0].Rowid);
    }

    private static List<(string Type, string Id, double Score, string Snippet)> Hits(System.Text.Json.JsonElement search) =>
        [.. search.GetProperty("nodes").EnumerateArray().Select(n => (
            n.GetProperty("type").GetString()!, n.GetProperty("node").GetProperty("id").GetString()!,
            n.GetProperty("score").GetDouble(), n.GetProperty("snippet").GetString()!))];

    /// <summary>The test dataset with thousands of records added to its index, some removed, then optimized into one segment.</summary>
    private static async Task BuildAsync(string path)
    {
        File.Copy(await TestDataset.PathAsync(), path);
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadWrite));
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        string type;
        await using (var first = connection.CreateCommand())
        {
            first.Transaction = transaction;
            first.CommandText = """SELECT type FROM "SearchIndex" ORDER BY rowid LIMIT 1""";
            type = (string)(await first.ExecuteScalarAsync())!;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """INSERT INTO "SearchIndex" (type, slug, title, body) VALUES ($type, $slug, $title, $body)""";
        var parameters = Columns.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        string[] filler = ["informe", "anual", "programa", "municipio", "atención", "mujeres", "durango", "registro"];
        for (var i = 0; i < 4000; i++)
        {
            // qzalfa in about a third of the records (a positive IDF), from 1 to 60 times, qzbeta in another third.
            var alfa = i % 4 == 0 || i % 7 == 0;
            var body = new StringBuilder();
            for (var w = 0; w < 5 + (i * 7 % 60); w++)
            {
                body.Append(filler[(i + w) % filler.Length]).Append(' ');
                if (alfa && w % (1 + (i % 9)) == 0)
                {
                    body.Append("qzalfa ");
                }
            }

            if (i % 3 == 1)
            {
                body.Insert(0, string.Concat(Enumerable.Repeat("qzbeta ", 1 + (i % 4))));
            }

            if (i % 500 == 0)
            {
                body.Append("qzgama ");
            }

            var title = i % 8 == 0 ? $"Registro {i} qzalfa" : $"Registro {i}";
            (string Slug, string Title, string Body) row = i switch
            {
                // Short, the word in its title twice and in its body: the best of the thousands.
                2000 => ("qz-corto", "qzalfa qzalfa", "qzalfa qzbeta"),

                // A position list longer than a leaf page.
                2500 => ("qz-largo", "Registro largo", string.Concat(Enumerable.Repeat("qzalfa durango ", 3000)) + "qzbeta"),
                _ => ($"qz-{i:D4}", title, body.ToString()),
            };
            parameters[0].Value = type;
            parameters[1].Value = row.Slug;
            parameters[2].Value = row.Title;
            parameters[3].Value = row.Body;
            await insert.ExecuteNonQueryAsync();
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                DELETE FROM "SearchIndex" WHERE slug LIKE 'qz-%' AND slug NOT IN ('qz-corto', 'qz-largo') AND rowid % 7 = 0;
                INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('optimize');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The premise: one segment, and the words' doclists span several pages, some starting with a whole rowid.</summary>
    private static async Task AssertPremiseAsync(string path)
    {
        await using var connection = new SqliteConnection(SearchOracleHits.ConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        var segment = Fts5RankFunction.Register(connection).Segment();
        Assert.NotNull(segment);
        using var doclist = new Doclist();
        Assert.True(segment.TryRead("qzalfa", doclist));
        Assert.True(doclist.WholeRowids.Count >= 3, $"qzalfa's doclist starts {doclist.WholeRowids.Count} pages with a whole rowid");
        Assert.True(segment.TryRead("qzbeta", doclist));
        Assert.True(doclist.WholeRowids.Count >= 1, $"qzbeta's doclist starts {doclist.WholeRowids.Count} pages with a whole rowid");
        Assert.False(segment.TryRead("qzausente", doclist));
    }

    private static async Task<List<(long Rowid, double Score)>> Bm25Async(SqliteConnection connection, string match)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT rowid, {SearchOracleHits.Bm25} FROM "SearchIndex" WHERE "SearchIndex" MATCH $match ORDER BY 2, 1""";
        command.Parameters.AddWithValue("$match", match);
        var rows = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return rows;
    }

    private static async Task<long> RowidAsync(SqliteConnection connection, string slug)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT rowid FROM "SearchIndex" WHERE slug = $slug""";
        command.Parameters.AddWithValue("$slug", slug);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The API over a file of its own, with a SQL command counter on its DbContexts.</summary>
    private sealed class CountingFileApiFactory(string path) : ApiFactory
    {
        public SqlCommandCounter Sql { get; } = new();

        protected override IEnumerable<(string Key, string Value)> Settings() => [("Database:Path", path)];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Sql));
        }
    }
}
