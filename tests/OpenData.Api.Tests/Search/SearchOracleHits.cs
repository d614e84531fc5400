using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Tests.Search;

/// <summary>The search tests' oracle rows (type, slug, bm25, raw snippet) read as the API publishes each hit.</summary>
internal static class SearchOracleHits
{
    /// <summary>FTS5's own bm25 with the API's column weights (the index's first two columns are not ranked).</summary>
    public const string Bm25 = """bm25("SearchIndex", 0, 0, 5.0, 1.0)""";

    /// <summary>
    /// Every hit of <paramref name="text"/> over the file at <paramref name="path"/> now, as the API publishes it: FTS5's
    /// bm25 and snippet of the query's own expression over every match, best first.
    /// </summary>
    public static async Task<List<(string Type, string Id, double Score, string Snippet)>> OfFileAsync(string path, string text)
    {
        var query = SearchQuery.Parse(text)!;
        await using var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT type, slug, {Bm25}, snippet("SearchIndex", -1, char(2), char(3), '…', 16)
            FROM "SearchIndex" WHERE "SearchIndex" MATCH $match ORDER BY 3, rowid
            """;
        command.Parameters.AddWithValue("$match", query.Match);
        return await ReadAsync(command);
    }

    /// <summary>An unpooled connection string to the file at <paramref name="path"/>.</summary>
    public static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    public static async Task<List<(string Type, string Id, double Score, string Snippet)>> ReadAsync(SqliteCommand command)
    {
        var hits = new List<(string, string, double, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(0);
            hits.Add((
                SearchableCollection.EnumNameOf(type),
                GlobalId.Encode(type, reader.GetString(1)),
                Math.Round(-reader.GetDouble(2), 4, MidpointRounding.AwayFromZero),
                SearchSnippet.Publish(reader.GetString(3))));
        }

        return hits;
    }
}
