using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>Runs <c>search</c> through HTTP and reads its hits.</summary>
internal sealed class SearchClient(GraphQLClient client)
{
    public const string Query = """
        query Search($text: String!, $types: [SearchableType!], $first: Int, $after: String) {
          search(text: $text, types: $types, first: $first, after: $after) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { type score snippet node { id ... on Municipality { name } ... on Policy { name } } } }
          }
        }
        """;

    public async Task<SearchResultPage> SearchAsync(string text, string[]? types = null, int? first = null, string? after = null)
    {
        var data = await client.DataAsync(Query, new { text, types, first, after });
        var search = data.GetProperty("search");
        var pageInfo = search.GetProperty("pageInfo");
        var hits = search.GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var node = edge.GetProperty("node");
            return new Hit(
                edge.GetProperty("cursor").GetString()!,
                node.GetProperty("type").GetString()!,
                node.GetProperty("score").GetDouble(),
                node.GetProperty("snippet").GetString()!,
                node.GetProperty("node").GetProperty("id").GetString()!,
                node.GetProperty("node").TryGetProperty("name", out var name) ? name.GetString() : null);
        }).ToList();
        return new SearchResultPage(hits, pageInfo.GetProperty("hasNextPage").GetBoolean(), pageInfo.GetProperty("endCursor").GetString());
    }

    /// <summary>The first error of a search that must fail.</summary>
    public async Task<JsonElement> ErrorAsync(string text, string[]? types = null, int? first = null, string? after = null)
    {
        var result = await client.PostAsync(Query, new { text, types, first, after });
        Assert.True(result.TryGetProperty("errors", out var errors), "expected an error, got " + result.GetRawText());
        return errors[0];
    }
}

internal sealed record Hit(string Cursor, string Type, double Score, string Snippet, string Id, string? Name);

internal sealed record SearchResultPage(IReadOnlyList<Hit> Hits, bool HasNextPage, string? EndCursor);
