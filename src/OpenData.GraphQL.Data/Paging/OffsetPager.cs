namespace OpenData.GraphQL.Data.Paging;

/// <summary>Offset paging (<c>skip</c>/<c>take</c>) in one statement, fetching one extra row for <c>hasNextPage</c>.</summary>
internal static class OffsetPager
{
    /// <summary>
    /// The page: <paramref name="read"/> runs the statement (the ordered rows, <c>skip</c> skipped, at most <c>take</c> read),
    /// asked for one row more than <paramref name="take"/>.
    /// </summary>
    public static async Task<(IReadOnlyList<object> Items, CollectionSegmentInfoResult Info)> PageAsync(
        int skip, int take, Func<int, int, CancellationToken, Task<List<object>>> read, CancellationToken cancellationToken)
    {
        var items = await read(skip, take + 1, cancellationToken).ConfigureAwait(false);
        var more = items.Count > take;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        return (items, new CollectionSegmentInfoResult(more, skip > 0));
    }
}
