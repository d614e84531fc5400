using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Search.Ranking;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Search on SQLite: the FTS5 table <see cref="SearchIndex"/>, bm25 with the title weighted
/// <see cref="SearchIndex.TitleWeight"/> times the body (computed by <see cref="Fts5RankFunction"/>, the same doubles as
/// FTS5's bm25), ties by type then slug, which is rowid order (the build inserts in that order, and ordering by rowid
/// avoids reading each match's stored type and slug to sort), and FTS5's snippet, written only for the hits of the page.
/// A page is one statement that also counts the matches (<see cref="SearchRows.Total"/>).
/// </summary>
internal sealed class Fts5SearchStore : ISearchStore
{
    private static readonly string[] ParameterNames = ["$type", "$slug", "$title", "$body"];

    private static readonly string Filter =
        $"""FROM "{SearchIndex.Table}" WHERE "{SearchIndex.Table}" MATCH $match AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))""";

    private static readonly string Snippet =
        $"""snippet("{SearchIndex.Table}", -1, char(2), char(3), '{SearchSnippet.Ellipsis}', {SearchSnippet.Tokens})""";

    // The ranking pass: every match of the requested types is scored (exact bm25 order needs every match's score) by
    // opendata_bm25, which keeps the page's best in the statement's RankingCall and counts the matches (totalCount costs
    // no second pass). The function is in WHERE because FTS5 serves its functions only on a plain column reference,
    // which an aggregate's argument is not; CASE keeps it behind the type filter. opendata_page, given the pass's count,
    // runs after it and returns the page's rowids; MATERIALIZED: ranked once, however often the page is read.
    internal static readonly string Ranked = $"""
        WITH page(ids) AS MATERIALIZED (
          SELECT {Fts5RankFunction.PageName}($call, count(*))
          FROM "{SearchIndex.Table}"
          WHERE "{SearchIndex.Table}" MATCH $match
            AND CASE WHEN $types IS NULL OR type IN (SELECT value FROM json_each($types)) THEN {Fts5RankFunction.Name}("{SearchIndex.Table}", $call) END IS NOT NULL)
        """;

    // Without a prefix term: the page is the outer loop, each hit one FTS5 lookup by rowid under the same MATCH, which
    // costs a seek per term (about 15 µs a hit).
    internal static readonly string LookupPageSql = $"""
        {Ranked}
        SELECT json_array("{SearchIndex.Table}".rowid, "{SearchIndex.Table}".type, "{SearchIndex.Table}".slug, {Snippet}) AS "Value"
        FROM page, json_each(page.ids) AS hit CROSS JOIN "{SearchIndex.Table}" ON "{SearchIndex.Table}".rowid = hit.value
        WHERE "{SearchIndex.Table}" MATCH $snippet
        """;

    // With a prefix term: FTS5 merges the doclists of every word the prefix begins on each MATCH it opens (1–2 ms for a
    // word in 48,000 records), so one lookup per hit paid that 11 times. Here the MATCH is opened once, limited to the
    // page's rowid range (FTS5 seeks to its first rowid and stops after its last), and snippets are written only for
    // the rows of the page (+rowid: a filter, not a constraint FTS5 would turn into one lookup per rowid).
    internal static readonly string RangePageSql = $"""
        {Ranked}
        SELECT json_array(rowid, type, slug, {Snippet}) AS "Value"
        FROM "{SearchIndex.Table}"
        WHERE "{SearchIndex.Table}" MATCH $snippet
          AND rowid >= (SELECT min(hit.value) FROM page, json_each(page.ids) AS hit)
          AND rowid <= (SELECT max(hit.value) FROM page, json_each(page.ids) AS hit)
          AND +rowid IN (SELECT hit.value FROM page, json_each(page.ids) AS hit)
        """;

    // The page's snippets when the doclists ranked it (DoclistRanking): each hit one FTS5 lookup by rowid under the
    // snippet's MATCH, as LookupPageSql's second half.
    internal static readonly string SnippetSql = $"""
        SELECT json_array("{SearchIndex.Table}".rowid, "{SearchIndex.Table}".type, "{SearchIndex.Table}".slug, {Snippet}) AS "Value"
        FROM json_each($ids) AS hit CROSS JOIN "{SearchIndex.Table}" ON "{SearchIndex.Table}".rowid = hit.value
        WHERE "{SearchIndex.Table}" MATCH $snippet
        """;

    private static readonly string CountSql = $"""SELECT count(*) AS "Value" {Filter}""";

    private static readonly Func<Exception, bool> IsMissingIndex = static e => e is SqliteException s && s.Message.Contains("no such table: " + SearchIndex.Table, StringComparison.Ordinal);

    public static Fts5SearchStore Instance { get; } = new();

    private Fts5SearchStore()
    {
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        await SearchStoreCommands.ExecuteAsync(connection, transaction, SearchIndex.Create, cancellationToken);
        var command = connection.CreateCommand();
        await using (command)
        {
            command.Transaction = transaction;
            command.CommandText = SearchIndex.Insert;
            var parameters = ParameterNames.Select(name =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                parameters[0].Value = document.Type;
                parameters[1].Value = document.Slug;
                parameters[2].Value = document.Title.Normalize(NormalizationForm.FormC);
                parameters[3].Value = document.Body.Normalize(NormalizationForm.FormC);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await SearchStoreCommands.ExecuteAsync(connection, transaction, SearchIndex.Optimize, cancellationToken);
    }

    /// <summary>One statement: the ranking pass (which counts the matches), then the snippets of the page's hits.</summary>
    public async Task<SearchRows> PageAsync(
        OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var index = Fts5RankFunction.Register((SqliteConnection)db.Database.GetDbConnection());
            var plan = Fts5SearchPlan.For(index, query);
            if (types is null && await FromDoclistsAsync(db, index, query, plan, offset, limit, cancellationToken) is { } direct)
            {
                return direct;
            }

            var page = await RankAsync(db, plan, types, offset, limit, cancellationToken);
            return plan.HeldFor(index) ? page : await RankAsync(db, Fts5SearchPlan.Original(query), types, offset, limit, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The page ranked from the terms' doclists (<see cref="DoclistRanking"/>), then one statement for its snippets; null
    /// when the doclists cannot rank it or the file changed in between (the caller then ranks through FTS5).
    /// </summary>
    private static async Task<SearchRows?> FromDoclistsAsync(
        OpenDataDbContext db, RankedIndex index, SearchQuery query, Fts5SearchPlan plan, int offset, int limit, CancellationToken cancellationToken)
    {
        if (DoclistRanking.Rank(index, query, plan, offset, limit) is not { } ranked)
        {
            return null;
        }

        var (call, version) = ranked;
        using (call)
        {
            var page = call.Page();
            var found = new Dictionary<long, SearchRow>();
            if (page.Count > 0)
            {
                var rows = await SearchStoreCommands.ReadAsync<string>(
                    db,
                    SnippetSql,
                    [new SqliteParameter("$ids", PageIds(page)), new SqliteParameter("$snippet", plan.SnippetMatch)],
                    IsMissingIndex,
                    cancellationToken);
                found = rows.Select(Parse).ToDictionary(row => row.Rowid, row => row.Row);
            }

            if (index.DataVersion() != version || !plan.HeldFor(index) || page.Any(hit => !found.ContainsKey(hit.Rowid)))
            {
                return null;
            }

            return new SearchRows([.. page.Select(hit => found[hit.Rowid] with { Rank = hit.Score })], call.Count);
        }
    }

    /// <summary>The rowids of <paramref name="page"/> as the JSON array <see cref="SnippetSql"/> reads.</summary>
    internal static string PageIds(IReadOnlyList<(long Rowid, double Score)> page) => "[" + string.Join(',', page.Select(hit => hit.Rowid)) + "]";

    private static async Task<SearchRows> RankAsync(OpenDataDbContext db, Fts5SearchPlan plan, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        using var call = RankingCall.Begin(plan.Match, plan.Phrases, offset, limit);
        var rows = await SearchStoreCommands.ReadAsync<string>(
            db,
            plan.Sql,
            [new SqliteParameter("$call", call.Id), new SqliteParameter("$snippet", plan.SnippetMatch), .. Parameters(plan.Match, types)],
            IsMissingIndex,
            cancellationToken);
        var found = rows.Select(Parse).ToDictionary(row => row.Rowid, row => row.Row);
        return new SearchRows([.. call.Page().Select(hit => found[hit.Rowid] with { Rank = hit.Score })], call.Count);
    }

    /// <summary>The count alone, for a caller without a page (a page already has its total).</summary>
    public async Task<int> CountAsync(OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var counts = await SearchStoreCommands.ReadAsync<int>(db, CountSql, [.. Parameters(query.CountMatch, types)], IsMissingIndex, cancellationToken);
        return counts[0];
    }

    /// <summary>A row of the page statements: <c>[rowid, type, slug, snippet]</c>.</summary>
    private static (long Rowid, SearchRow Row) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement;
        return (row[0].GetInt64(), new SearchRow(row[1].GetString()!, row[2].GetString()!, 0, row[3].GetString() ?? ""));
    }

    private static SqliteParameter[] Parameters(string match, IReadOnlyList<string>? types) =>
    [
        new("$match", match),
        new("$types", types is null ? DBNull.Value : JsonSerializer.Serialize(types)),
    ];
}
