using OpenData.Api.Collections;

namespace OpenData.Api.Search;

/// <summary>
/// Every collection the search covers (each <see cref="ApiCollections"/> collection that declares its search text) and
/// the text it indexes. The title (weighted more in the ranking) is the record's name or title; the body holds its
/// descriptive text: summaries, mission and vision, official texts, definitions and notes.
/// </summary>
internal static class SearchableCollections
{
    public static IReadOnlyList<SearchableCollection> All { get; } =
        [.. ApiCollections.All.Where(c => c.SearchDescription is not null).Select(SearchableCollection.Of)];
}
