namespace OpenData.Api.Search;

/// <summary>One row of the search index: the record's GraphQL type name and slug, and the text to match.</summary>
internal sealed record SearchDocument(string Type, string Slug, string Title, string Body)
{
    /// <summary>A document whose body joins the non-empty <paramref name="body"/> parts, one per line.</summary>
    public static SearchDocument Of(string type, string slug, string title, params IEnumerable<string?> body) =>
        new(type, slug, title.Trim(), string.Join('\n', body.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())));
}
