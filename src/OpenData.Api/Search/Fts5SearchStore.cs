using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Search on SQLite: the FTS5 table <see cref="SearchIndex"/>, bm25 with the title weighted
/// <see cref="SearchIndex.TitleWeight"/> times the body, ties by type then slug, which is rowid order (the build inserts
/// in that order, and ordering by rowid avoids reading each match's stored type and slug to sort), and FTS5's snippet,
/// written only for the hits of the page.
/// </summary>
internal sealed class Fts5SearchStore : ISearchStore
{
    private static readonly string[] ParameterNames = ["$type", "$slug", "$title", "$body"];

    private static readonly string Filter =
        $"""FROM "{SearchIndex.Table}" WHERE "{SearchIndex.Table}" MATCH $match AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))""";

    private static readonly string Snippet =
        $"""snippet("{SearchIndex.Table}", -1, char(2), char(3), '{SearchSnippet.Ellipsis}', {SearchSnippet.Tokens})""";

    private static readonly string Rank = string.Create(
        CultureInfo.InvariantCulture, $"""bm25("{SearchIndex.Table}", 0, 0, {SearchIndex.TitleWeight:0.0###}, 1.0)""");

    // Ranks every match (rowid and bm25 only: exact bm25 order needs every match's score, and FTS5 reads each match's
    // column sizes for it, about 0.5 µs a match), keeps the page, and only then writes the snippets of the page's hits:
    // snippet() is the costly part, and SQLite would otherwise compute it for every match before sorting.
    private static readonly string Ranking = $"""
          SELECT rowid, {Rank}
          {Filter}
          ORDER BY 2, 1
          LIMIT $limit OFFSET $offset)
        """;

    // Without a prefix term: the page is the outer loop, each hit one FTS5 lookup by rowid under the same MATCH, which
    // costs a seek per term (about 15 µs a hit).
    private static readonly string LookupPageSql = $"""
        WITH page(id, score) AS (
        {Ranking}
        SELECT json_array("{SearchIndex.Table}".type, "{SearchIndex.Table}".slug, page.score, {Snippet}) AS "Value"
        FROM page CROSS JOIN "{SearchIndex.Table}" ON "{SearchIndex.Table}".rowid = page.id
        WHERE "{SearchIndex.Table}" MATCH $match
        ORDER BY page.score, page.id
        """;

    // With a prefix term: FTS5 merges the doclists of every word the prefix begins on each MATCH it opens (1–2 ms for a
    // word in 48,000 records), so one lookup per hit paid that 11 times. Here the MATCH is opened once, limited to the
    // page's rowid range (FTS5 seeks to its first rowid and stops after its last), and snippets are written only for the
    // rows of the page. Same rows, order, scores and snippets as the lookups. MATERIALIZED: the page is read three times,
    // and must be ranked once.
    private static readonly string RangePageSql = $"""
        WITH page(id, score) AS MATERIALIZED (
        {Ranking}
        SELECT json_array("{SearchIndex.Table}".type, "{SearchIndex.Table}".slug, page.score, {Snippet}) AS "Value"
        FROM "{SearchIndex.Table}" CROSS JOIN page ON page.id = "{SearchIndex.Table}".rowid
        WHERE "{SearchIndex.Table}" MATCH $match
          AND "{SearchIndex.Table}".rowid >= (SELECT min(id) FROM page) AND "{SearchIndex.Table}".rowid <= (SELECT max(id) FROM page)
        ORDER BY page.score, page.id
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

    public async Task<IReadOnlyList<SearchRow>> PageAsync(
        OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await SearchStoreCommands.ReadAsync<string>(
            db, query.Parts.Any(p => p.Prefix) ? RangePageSql : LookupPageSql, [.. Parameters(query.Match, types), new SqliteParameter("$limit", limit), new SqliteParameter("$offset", offset)], IsMissingIndex, cancellationToken);
        return [.. rows.Select(SearchRow.Parse)];
    }

    public async Task<int> CountAsync(OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var counts = await SearchStoreCommands.ReadAsync<int>(db, CountSql, [.. Parameters(query.CountMatch, types)], IsMissingIndex, cancellationToken);
        return counts[0];
    }

    private static SqliteParameter[] Parameters(string match, IReadOnlyList<string>? types) =>
    [
        new("$match", match),
        new("$types", types is null ? DBNull.Value : JsonSerializer.Serialize(types)),
    ];
}
