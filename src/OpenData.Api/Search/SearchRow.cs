using System.Text.Json;

namespace OpenData.Api.Search;

/// <summary>
/// A row of the search statement. The statement returns each row as one JSON array
/// <c>[type, slug, rank, snippet]</c>, read as a scalar: an entity-shaped result type would get the text-folding
/// shadow columns every string property of the model gets. <c>Rank</c> is bm25 (lower is better); <c>Snippet</c> has
/// the matched words between U+0002 and U+0003.
/// </summary>
internal sealed record SearchRow(string Type, string Slug, double Rank, string Snippet)
{
    public static SearchRow Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement;
        return new SearchRow(row[0].GetString()!, row[1].GetString()!, row[2].GetDouble(), row[3].GetString() ?? "");
    }
}
