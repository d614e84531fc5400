using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.Api.Search.Ranking;
using OpenData.Load.SearchStatements;

// Usage: dotnet run -c Release --project tests/load/SearchStatements -- <database.sqlite> [runs] [profile]
// For each text of the load benchmark's search mix (first page of 10 plus one, with totalCount), times in CPU ms of
// this thread, median of the runs: the statements before the ranking function (bm25 page, then a count) and the API's
// ranking statement (the ranking pass with its count, then the page's snippets), and the API's path for a whole-word
// search now (the ranking from the terms' doclists, DoclistRanking, then one statement for the page's snippets), and
// checks that each gives the same hits, scores (to the bit), snippets and total as the bm25 statements.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SearchStatements <database.sqlite> [runs]");
    return 2;
}

var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
string[] texts = ["penon blanco", "tepehuanes", "chairez", "violentometro", "refugio", "igualdad sustantiva"];
const int Limit = 11;

await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = args[0], Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
connection.Open();

var before = ThreadCpu.Milliseconds();
var index = Fts5RankFunction.Register(connection);
var register = ThreadCpu.Milliseconds() - before;

// The first ranking on a connection also reads the row sizes and the IDFs of its expression.
var first = SearchQuery.Parse(texts[0])!;
before = ThreadCpu.Milliseconds();
_ = After(first);
var firstRank = ThreadCpu.Milliseconds() - before;
if (args.Length > 2 && args[2] == "profile")
{
    // Only the API's statements, for a profiler attached to this process.
    for (var i = 0; i < runs; i++)
    {
        foreach (var text in texts)
        {
            _ = After(SearchQuery.Parse(text)!);
        }
    }

    return 0;
}

// A second connection over the same file: it compares the row sizes with the array held and shares it.
var secondLoad = 0.0;
var secondBytes = 0L;
bool shared;
await using (var second = new SqliteConnection(connection.ConnectionString))
{
    second.Open();
    var secondIndex = Fts5RankFunction.Register(second);
    using var secondCall = RankingCall.Begin(first.Match, 0, Limit);
    using var command = second.CreateCommand();
    command.CommandText = Fts5SearchStore.Ranked + "SELECT ids FROM page";
    command.Parameters.AddWithValue("$call", secondCall.Id);
    command.Parameters.AddWithValue("$match", first.Match);
    command.Parameters.AddWithValue("$types", DBNull.Value);
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    before = ThreadCpu.Milliseconds();
    _ = command.ExecuteScalar();
    secondLoad = ThreadCpu.Milliseconds() - before;
    secondBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
    shared = ReferenceEquals(secondIndex.Sizes, index.Sizes);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"second connection's first ranking: {secondLoad:0.0} ms, {secondBytes:N0} bytes allocated, row sizes shared: {(shared ? "yes" : "NO")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"register: {register:0.00} ms; first ranking on the connection (row sizes + IDFs + page): {firstRank:0.0} ms; row sizes held: {index.Sizes?.Bytes ?? 0:N0} bytes"));
Console.WriteLine($"runs: {runs}, CPU ms of this thread, median");
Console.WriteLine();
Console.WriteLine("| text | matches | match alone (count) | plan's match alone | page before (bm25) | count before | before total | ranking pass after (with the count) | snippets after | after total (one statement) | same answer | doclists: ranking (with the count) | doclists: total (with the snippets) | same answer (doclists) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|");
var sums = new double[10];
foreach (var text in texts)
{
    var query = SearchQuery.Parse(text)!;
    var old = Before(query);
    var now = After(query);
    var same = old.Total == now.Total && old.Hits.SequenceEqual(now.Hits);
    var direct = Doclists(query);
    var sameDirect = direct is not null && old.Total == direct.Total && old.Hits.SequenceEqual(direct.Hits);
    var times = new[]
    {
        Median(() => MatchAlone(query)),
        Median(() => Before(query, countToo: false)),
        Median(() => BeforeCount(query)),
        0,
        Median(() => After(query, snippets: false)),
        0,
        0,
        Median(() => PlanMatchAlone(query)),
        Median(() => Doclists(query, snippets: false)),
        Median(() => Doclists(query)),
    };
    times[3] = times[1] + times[2];
    times[6] = Median(() => After(query));
    times[5] = times[6] - times[4];
    for (var i = 0; i < times.Length; i++)
    {
        sums[i] += times[i];
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {text} | {now.Total:N0} | {times[0]:0.00} | {times[7]:0.00} | {times[1]:0.00} | {times[2]:0.00} | {times[3]:0.00} | {times[4]:0.00} | {times[5]:0.00} | {times[6]:0.00} | {(same ? "yes" : "NO")} | {times[8]:0.00} | {times[9]:0.00} | {(sameDirect ? "yes" : "NO")} |"));
    if (!same)
    {
        Console.Error.WriteLine($"{text}: before {old.Total} {string.Join("; ", old.Hits)}");
        Console.Error.WriteLine($"{text}: after  {now.Total} {string.Join("; ", now.Hits)}");
    }

    if (!sameDirect)
    {
        Console.Error.WriteLine($"{text}: before   {old.Total} {string.Join("; ", old.Hits)}");
        Console.Error.WriteLine($"{text}: doclists {direct?.Total} {string.Join("; ", direct?.Hits ?? [])}");
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| **mean of the mix** | | {sums[0] / texts.Length:0.00} | {sums[7] / texts.Length:0.00} | {sums[1] / texts.Length:0.00} | {sums[2] / texts.Length:0.00} | {sums[3] / texts.Length:0.00} | {sums[4] / texts.Length:0.00} | {sums[5] / texts.Length:0.00} | **{sums[6] / texts.Length:0.00}** | | {sums[8] / texts.Length:0.00} | **{sums[9] / texts.Length:0.00}** | |"));
return 0;

double Median(Action run)
{
    var samples = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var start = ThreadCpu.Milliseconds();
        run();
        samples[i] = ThreadCpu.Milliseconds() - start;
    }

    Array.Sort(samples);
    return samples[runs / 2];
}

// The statements of c1c7e13: the page ranked by bm25 over every match, then the count with the prefix-only expression.
Answer Before(SearchQuery query, bool countToo = true)
{
    var hits = new List<string>();
    using (var command = Command(BeforeSql.RangePage, ("$match", query.Match), ("$types", DBNull.Value), ("$limit", Limit), ("$offset", 0)))
    using (var reader = command.ExecuteReader())
    {
        while (reader.Read())
        {
            var row = JsonDocument.Parse(reader.GetString(0)).RootElement;
            hits.Add(Hit(row[0].GetString()!, row[1].GetString()!, reader.GetDouble(1), row[3].GetString()!));
        }
    }

    return new Answer(hits, countToo ? BeforeCount(query) : -1);
}

// The floor of any exact ranking: FTS5 finding the matches of the ranked expression, nothing else.
long MatchAlone(SearchQuery query)
{
    using var command = Command(BeforeSql.Count, ("$match", query.Match), ("$types", DBNull.Value));
    return (long)command.ExecuteScalar()!;
}

// What FTS5 alone costs to find the matches of the expression the API's plan runs.
long PlanMatchAlone(SearchQuery query)
{
    using var command = Command(BeforeSql.Count, ("$match", Fts5SearchPlan.For(index, query).Match), ("$types", DBNull.Value));
    return (long)command.ExecuteScalar()!;
}

long BeforeCount(SearchQuery query)
{
    using var command = Command(BeforeSql.Count, ("$match", query.CountMatch), ("$types", DBNull.Value));
    return (long)command.ExecuteScalar()!;
}

// The API's statement now (Fts5SearchStore.PageAsync): the ranking pass keeps the page and counts, then the page's
// snippets; without snippets, the ranking pass alone.
Answer After(SearchQuery query, bool snippets = true)
{
    var plan = Environment.GetEnvironmentVariable("SEARCH_PLAN") == "original" ? Fts5SearchPlan.Original(query) : Fts5SearchPlan.For(index, query);
    using var call = RankingCall.Begin(plan.Match, plan.Phrases, 0, Limit);
    var sql = !snippets ? Fts5SearchStore.Ranked + "SELECT ids FROM page" : plan.Sql;
    var found = new Dictionary<long, (string Type, string Slug, string Snippet)>();
    using (var command = Command(sql, ("$call", call.Id), ("$match", plan.Match), ("$snippet", plan.SnippetMatch), ("$types", DBNull.Value)))
    using (var reader = command.ExecuteReader())
    {
        while (reader.Read() && snippets)
        {
            var row = JsonDocument.Parse(reader.GetString(0)).RootElement;
            found[row[0].GetInt64()] = (row[1].GetString()!, row[2].GetString()!, row[3].GetString()!);
        }
    }

    if (!plan.HeldFor(index))
    {
        throw new InvalidOperationException("the file changed while measuring");
    }

    return snippets
        ? new Answer([.. call.Page().Select(h => Hit(found[h.Rowid].Type, found[h.Rowid].Slug, h.Score, found[h.Rowid].Snippet))], call.Count)
        : new Answer([], call.Count);
}

// The API's path for a whole-word search now (Fts5SearchStore.FromDoclistsAsync): the ranking pass from the terms'
// doclists (DoclistRanking), then one statement for the page's snippets; null when the doclists cannot rank it.
Answer? Doclists(SearchQuery query, bool snippets = true)
{
    var plan = Fts5SearchPlan.For(index, query);
    if (DoclistRanking.Rank(index, query, plan, 0, Limit) is not { } ranked)
    {
        return null;
    }

    using var call = ranked.Call;
    var page = call.Page();
    if (!snippets)
    {
        return new Answer([], call.Count);
    }

    var found = new Dictionary<long, (string Type, string Slug, string Snippet)>();
    using (var command = Command(Fts5SearchStore.SnippetSql, ("$ids", Fts5SearchStore.PageIds(page)), ("$snippet", plan.SnippetMatch)))
    using (var reader = command.ExecuteReader())
    {
        while (reader.Read())
        {
            var row = JsonDocument.Parse(reader.GetString(0)).RootElement;
            found[row[0].GetInt64()] = (row[1].GetString()!, row[2].GetString()!, row[3].GetString()!);
        }
    }

    if (index.DataVersion() != ranked.Version)
    {
        throw new InvalidOperationException("the file changed while measuring");
    }

    return new Answer([.. page.Select(h => Hit(found[h.Rowid].Type, found[h.Rowid].Slug, h.Score, found[h.Rowid].Snippet))], call.Count);
}

static string Hit(string type, string slug, double score, string snippet) =>
    string.Create(CultureInfo.InvariantCulture, $"{type}/{slug} {score:R} {BitConverter.DoubleToInt64Bits(score):x16} {snippet.Length}:{snippet.GetHashCode(StringComparison.Ordinal):x8}");

SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
{
    var command = connection.CreateCommand();
    command.CommandText = sql;
    foreach (var (name, value) in parameters)
    {
        command.Parameters.AddWithValue(name, value);
    }

    return command;
}

internal sealed record Answer(List<string> Hits, long Total);

/// <summary>The page and count statements of the API before the ranking function (c1c7e13).</summary>
internal static class BeforeSql
{
    private const string Filter = """FROM "SearchIndex" WHERE "SearchIndex" MATCH $match AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))""";

    public const string RangePage = $"""
        WITH page(id, score) AS MATERIALIZED (
          SELECT rowid, bm25("SearchIndex", 0, 0, 5.0, 1.0)
          {Filter}
          ORDER BY 2, 1
          LIMIT $limit OFFSET $offset)
        SELECT json_array("SearchIndex".type, "SearchIndex".slug, page.score, snippet("SearchIndex", -1, char(2), char(3), '…', 16)) AS "Value", page.score
        FROM "SearchIndex" CROSS JOIN page ON page.id = "SearchIndex".rowid
        WHERE "SearchIndex" MATCH $match
          AND "SearchIndex".rowid >= (SELECT min(id) FROM page) AND "SearchIndex".rowid <= (SELECT max(id) FROM page)
        ORDER BY page.score, page.id
        """;

    public const string Count = $"""SELECT count(*) AS "Value" {Filter}""";
}
