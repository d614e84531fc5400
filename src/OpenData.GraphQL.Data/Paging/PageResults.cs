namespace OpenData.GraphQL.Data.Paging;

/// <summary>Value of <c>PageInfo</c>.</summary>
public sealed record PageInfoResult(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Value of <c>CollectionSegmentInfo</c>.</summary>
public sealed record CollectionSegmentInfoResult(bool HasNextPage, bool HasPreviousPage);

/// <summary>Value of a <c>&lt;Field&gt;Edge</c>.</summary>
public sealed record EdgeResult(string Cursor, object Node);

/// <summary>
/// Value of a <c>&lt;Field&gt;Connection</c>; <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.
/// <see cref="Query"/> is the filtered (unpaged, unordered) set, for fields added to the connection type later
/// (e.g. aggregates): resolve them with <c>Query.RunAsync</c> on a context of their own.
/// </summary>
public sealed record ConnectionResult(
    IReadOnlyList<EdgeResult> Edges, PageInfoResult PageInfo, Func<CancellationToken, Task<int>> CountAsync, FilteredQuery Query)
{
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}

/// <summary>Value of a <c>&lt;Field&gt;CollectionSegment</c>; <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.</summary>
public sealed record CollectionSegmentResult(
    IReadOnlyList<object> Items, CollectionSegmentInfoResult PageInfo, Func<CancellationToken, Task<int>> CountAsync, FilteredQuery Query);

/// <summary>A fetched row: the projected node and its sort-key values.</summary>
internal sealed record PageRow(object Node, object?[] Keys);
