using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Search on PostgreSQL: the table <see cref="SearchIndex.Table"/> holds each document's type, slug, title and body and a
/// <c>tsvector</c> over their folded words (<see cref="PostgresSearchText"/>; no text search configuration or extension
/// is involved, so matching is the same as on SQLite: accents and case never matter, phrases, a prefix last word),
/// with a GIN index. Ranking is <c>ts_rank</c> with a title word weighing <see cref="SearchIndex.TitleWeight"/> times a
/// body word, divided by 1 + log(document length) so that short records rank first as with bm25 (normalization 1), ties in
/// index order (type, slug); snippets come from <see cref="PostgresSearchSnippet"/>. Scores are not bm25's: they compare
/// hits of one search only, as the schema says. A page's ranking statement also counts the matches; the count statement
/// runs only when a page has no hits.
/// </summary>
internal sealed class PostgresSearchStore : ISearchStore
{
    private const string Table = SearchIndex.Table;

    /// <summary>ts_rank's weights of D, C, B and A words (body words are D, title words A); no braces: EF formats raw SQL.</summary>
    private static readonly string Weights = string.Create(
        CultureInfo.InvariantCulture, $"ARRAY[{1 / SearchIndex.TitleWeight},{1 / SearchIndex.TitleWeight},{1 / SearchIndex.TitleWeight},1]::real[]");

    private static readonly string Create = $"""
        CREATE TABLE "{Table}" (
            position integer PRIMARY KEY,
            type text COLLATE "C" NOT NULL,
            slug text COLLATE "C" NOT NULL,
            title text NOT NULL,
            body text NOT NULL,
            document tsvector NOT NULL)
        """;

    private static readonly string Insert =
        $"""INSERT INTO "{Table}" (position, type, slug, title, body, document) VALUES (@position, @type, @slug, @title, @body, CAST(@document AS tsvector))""";

    private static readonly string Finish = $"""CREATE INDEX "IX_{Table}_document" ON "{Table}" USING gin (document); ANALYZE "{Table}";""";

    private static readonly string Filter =
        $"""FROM "{Table}", CAST(@query AS tsquery) AS q WHERE document @@ q AND (@types IS NULL OR type = ANY(@types))""";

    // Ranks the matches reading only their position and tsvector, keeps the page, and only then reads the page's titles
    // and bodies (for the snippets): otherwise every match's text would be read and built into JSON before the sort.
    // The ranking pass also counts the matches (count(*) OVER (), before the page's LIMIT), so totalCount needs no second
    // visit of every match's heap row; the inner OFFSET 0 keeps the tsvector out of the window's rows.
    private static readonly string PageSql = $"""
        SELECT json_build_array(s.type, s.slug, page.score, s.title, s.body, page.total)::text AS "Value"
        FROM (
          SELECT position, score, count(*) OVER () AS total
          FROM (
            SELECT position, -ts_rank({Weights}, document, q, 1) AS score
            {Filter}
            OFFSET 0) AS matched
          ORDER BY score, position
          LIMIT @limit OFFSET @offset) AS page
        JOIN "{Table}" AS s ON s.position = page.position
        ORDER BY page.score, page.position
        """;

    private static readonly string CountSql = $"""SELECT count(*)::integer AS "Value" {Filter}""";

    private static readonly Func<Exception, bool> IsMissingIndex = static e => e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    public static PostgresSearchStore Instance { get; } = new();

    private PostgresSearchStore()
    {
    }

    /// <summary>Reads all documents first (one connection cannot read and write at once), then inserts them and indexes.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var all = new List<SearchDocument>();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            all.Add(document);
        }

        await SearchStoreCommands.ExecuteAsync(connection, transaction, Create, cancellationToken);
        var command = (NpgsqlCommand)connection.CreateCommand();
        await using (command)
        {
            command.Transaction = (NpgsqlTransaction)transaction;
            command.CommandText = Insert;
            var position = command.Parameters.Add("position", NpgsqlDbType.Integer);
            var type = command.Parameters.Add("type", NpgsqlDbType.Text);
            var slug = command.Parameters.Add("slug", NpgsqlDbType.Text);
            var title = command.Parameters.Add("title", NpgsqlDbType.Text);
            var body = command.Parameters.Add("body", NpgsqlDbType.Text);
            var vector = command.Parameters.Add("document", NpgsqlDbType.Text);
            for (var i = 0; i < all.Count; i++)
            {
                var document = all[i];
                position.Value = i;
                type.Value = document.Type;
                slug.Value = document.Slug;
                title.Value = document.Title.Normalize(NormalizationForm.FormC);
                body.Value = document.Body.Normalize(NormalizationForm.FormC);
                vector.Value = PostgresSearchText.Document((string)title.Value, (string)body.Value);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await SearchStoreCommands.ExecuteAsync(connection, transaction, Finish, cancellationToken);
    }

    public async Task<SearchRows> PageAsync(
        OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await SearchStoreCommands.ReadAsync<string>(
            db, PageSql, [.. Parameters(query, types), new NpgsqlParameter("limit", limit), new NpgsqlParameter("offset", offset)], IsMissingIndex, cancellationToken);
        // The count comes with the page's rows; a page past the last match has none, and then the count is its own statement.
        return new SearchRows([.. rows.Select(json => Row(json, query))], rows.Count > 0 ? Total(rows[0]) : null);
    }

    public async Task<int> CountAsync(OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var counts = await SearchStoreCommands.ReadAsync<int>(db, CountSql, [.. Parameters(query, types)], IsMissingIndex, cancellationToken);
        return counts[0];
    }

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement[5].GetInt32();
    }

    private static SearchRow Row(string json, SearchQuery query)
    {
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement;
        var snippet = PostgresSearchSnippet.Build(row[3].GetString() ?? "", row[4].GetString() ?? "", query.Parts);
        return new SearchRow(row[0].GetString()!, row[1].GetString()!, row[2].GetDouble(), snippet);
    }

    private static NpgsqlParameter[] Parameters(SearchQuery query, IReadOnlyList<string>? types) =>
    [
        new("query", NpgsqlDbType.Text) { Value = PostgresSearchText.Query(query.Parts) },
        new("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = types is null ? DBNull.Value : types.ToArray() },
    ];
}
