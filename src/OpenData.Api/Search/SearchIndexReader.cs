using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Reads the search index: one SQL statement for a page of hits (bm25 with the title weighted
/// <see cref="SearchIndex.TitleWeight"/> times the body, ties by type then slug, which is rowid order: the build inserts
/// in that order, and ordering by rowid avoids reading each match's stored type and slug to sort) and one for the
/// count, each on a context of the pooled read-only factory.
/// </summary>
internal sealed class SearchIndexReader(IDbContextFactory<OpenDataDbContext> factory)
{
    private static readonly string Filter =
        $"""FROM "{SearchIndex.Table}" WHERE "{SearchIndex.Table}" MATCH $match AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))""";

    private static readonly string Rank = string.Create(
        CultureInfo.InvariantCulture, $"""bm25("{SearchIndex.Table}", 0, 0, {SearchIndex.TitleWeight:0.0###}, 1.0)""");

    private static readonly string PageSql = $"""
        SELECT json_array(type, slug, {Rank}, snippet("{SearchIndex.Table}", -1, char(2), char(3), '{SearchSnippet.Ellipsis}', {SearchSnippet.Tokens})) AS "Value"
        {Filter}
        ORDER BY {Rank}, rowid
        LIMIT $limit OFFSET $offset
        """;

    private static readonly string CountSql = $"""SELECT count(*) AS "Value" {Filter}""";

    /// <summary>Up to <paramref name="limit"/> hits from the 0-based <paramref name="offset"/>, best first.</summary>
    public async Task<IReadOnlyList<SearchRow>> PageAsync(
        SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await Guarded(() => db.Database
                .SqlQueryRaw<string>(PageSql, [.. Parameters(query, types), new SqliteParameter("$limit", limit), new SqliteParameter("$offset", offset)])
                .ToListAsync(cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(SearchRow.Parse)];
        }
    }

    /// <summary>How many records match.</summary>
    public async Task<int> CountAsync(SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var counts = await Guarded(() => db.Database.SqlQueryRaw<int>(CountSql, [.. Parameters(query, types)]).ToListAsync(cancellationToken))
                .ConfigureAwait(false);
            return counts[0];
        }
    }

    private static SqliteParameter[] Parameters(SearchQuery query, IReadOnlyList<string>? types) =>
    [
        new("$match", query.Match),
        new("$types", types is null ? DBNull.Value : JsonSerializer.Serialize(types)),
    ];

    private static async Task<T> Guarded<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.Message.Contains("no such table: " + SearchIndex.Table, StringComparison.Ordinal))
        {
            throw SearchErrors.Missing();
        }
    }
}
