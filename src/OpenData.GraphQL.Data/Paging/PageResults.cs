namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// Value of <c>PageInfo</c>. A page's start and end cursors are its first and last edges' (<see cref="EdgeResult.Cursor"/>),
/// encoded only when the selection reads them.
/// </summary>
public sealed class PageInfoResult
{
    private readonly string? _startCursor;
    private readonly string? _endCursor;
    private readonly EdgeResult? _first;
    private readonly EdgeResult? _last;

    public PageInfoResult(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    private PageInfoResult(bool hasNextPage, bool hasPreviousPage, EdgeResult? first, EdgeResult? last)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _first = first;
        _last = last;
    }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => _first is { } first ? first.Cursor : _startCursor;

    public string? EndCursor => _last is { } last ? last.Cursor : _endCursor;

    /// <summary>The page info of a page whose first and last edges are <paramref name="first"/> and <paramref name="last"/>.</summary>
    internal static PageInfoResult OfEdges(bool hasNextPage, bool hasPreviousPage, EdgeResult? first, EdgeResult? last) =>
        new(hasNextPage, hasPreviousPage, first, last);
}

/// <summary>Value of <c>CollectionSegmentInfo</c>.</summary>
public sealed record CollectionSegmentInfoResult(bool HasNextPage, bool HasPreviousPage);

/// <summary>
/// Value of a <c>&lt;Field&gt;Edge</c>. An edge of a cursor page is the row its statement reads (the projected node and,
/// when the selection reads a cursor, its sort-key values) and encodes its cursor when the cursor is first read (a page
/// whose selection reads no cursor encodes none); the text is the same either way.
/// </summary>
public sealed class EdgeResult
{
    private readonly object?[]? _keys;
    private string? _fingerprint;
    private string? _cursor;

    public EdgeResult(string cursor, object node)
    {
        _cursor = cursor;
        Node = node;
    }

    /// <summary>A row of a page statement: its node and its sort-key values (null when the selection reads no cursor).</summary>
    internal EdgeResult(object node, object?[]? keys)
    {
        _keys = keys;
        Node = node;
    }

    public string Cursor => _cursor ??= _keys is { } keys && _fingerprint is { } fingerprint
        ? CursorCodec.Encode(fingerprint, keys)
        : throw new InvalidOperationException("This page was read without its rows' key values: its plan found no cursor in the selection.");

    public object Node { get; }

    /// <summary>The order whose fingerprint the row's cursor carries (set by the pager before the edge is handed out).</summary>
    internal void IssueUnder(string fingerprint) => _fingerprint = fingerprint;
}

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
