namespace OpenData.GraphQL.Data.Paging;

/// <summary>The Relay slicing arguments of one request.</summary>
public sealed record CursorArguments(int? First, string? After, int? Last, string? Before);
