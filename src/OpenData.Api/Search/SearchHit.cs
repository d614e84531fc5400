namespace OpenData.Api.Search;

/// <summary>One ranked hit: the record's type name and slug, its score, its marked snippet and its cursor.</summary>
public sealed record SearchHit(string Type, string Slug, double Score, string Snippet, string Cursor);
