namespace OpenData.Api.Search;

/// <summary>
/// A hit of a page. <c>Rank</c> is bm25 (lower is better); <c>Snippet</c> has the matched words between U+0002 and
/// U+0003. The stores' statements return each row as one JSON array read as a scalar: an entity-shaped result type
/// would get the text-folding shadow columns every string property of the model gets.
/// </summary>
internal sealed record SearchRow(string Type, string Slug, double Rank, string Snippet);

/// <summary>A page of hits and, when the store counted the matches while ranking them, their total.</summary>
internal sealed record SearchRows(IReadOnlyList<SearchRow> Rows, int? Total);
