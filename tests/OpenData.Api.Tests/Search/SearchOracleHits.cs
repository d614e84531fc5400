using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Tests.Search;

/// <summary>The search tests' oracle rows (type, slug, bm25, raw snippet) read as the API publishes each hit.</summary>
internal static class SearchOracleHits
{
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
