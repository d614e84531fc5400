using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// Keyset cursor paging in one statement: seek past the cursor, order by the keys (reversed for <c>last</c>),
/// fetch one row more than asked to learn whether another page exists.
/// </summary>
public sealed class CursorPager(SortTranslator sorter, IReadOnlyList<SortKey> keys, string? fingerprint = null)
{
    private readonly string? knownFingerprint = fingerprint;

    public Task<(IReadOnlyList<EdgeResult> Edges, PageInfoResult PageInfo)> PageAsync<TEntity>(
        IQueryable<TEntity> query, CursorArguments arguments, int defaultPageSize, LambdaExpression node, CancellationToken cancellationToken)
        where TEntity : class =>
        PageAsync(query, arguments, defaultPageSize, RowProjection.Build<TEntity>(node, keys), cancellationToken);

    /// <summary>As the other overload, with the row projection already built (<see cref="RowProjection.Build"/>, cached per query shape).</summary>
    internal Task<(IReadOnlyList<EdgeResult> Edges, PageInfoResult PageInfo)> PageAsync<TEntity>(
        IQueryable<TEntity> query, CursorArguments arguments, int defaultPageSize, Expression<Func<TEntity, EdgeResult>> row, CancellationToken cancellationToken)
        where TEntity : class =>
        PageAsync(typeof(TEntity), arguments, defaultPageSize, (request, ct) =>
        {
            var page = query;
            if (request.After is { } after)
            {
                page = page.Where(KeysetPredicate.Build<TEntity>(keys, after, backward: false));
            }

            if (request.Before is { } before)
            {
                page = page.Where(KeysetPredicate.Build<TEntity>(keys, before, backward: true));
            }

            return sorter.Apply(page, keys, reverse: request.Backward).Select(row).Take(request.Take).ToListAsync(ct);
        }, cancellationToken);

    /// <summary>
    /// The page of <paramref name="arguments"/>: decodes the cursors, lets <paramref name="read"/> run the statement
    /// (the rows after/before the cursors in key order, reversed for <c>last</c>, at most <see cref="PageRequest.Take"/>)
    /// and builds the edges and page info.
    /// </summary>
    internal async Task<(IReadOnlyList<EdgeResult> Edges, PageInfoResult PageInfo)> PageAsync(
        Type entityType, CursorArguments arguments, int defaultPageSize, Func<PageRequest, CancellationToken, Task<List<EdgeResult>>> read,
        CancellationToken cancellationToken)
    {
        var fingerprint = knownFingerprint ?? SortTranslator.Fingerprint(entityType, keys);
        var after = arguments.After is { } a ? CursorCodec.Decode(a, "after", entityType, keys, fingerprint) : null;
        var before = arguments.Before is { } b ? CursorCodec.Decode(b, "before", entityType, keys, fingerprint) : null;
        var backward = arguments.First is null && arguments.Last is not null;
        var size = backward ? arguments.Last!.Value : arguments.First ?? defaultPageSize;
        var rows = await read(new PageRequest(after, before, backward, size + 1), cancellationToken).ConfigureAwait(false);

        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var hasNext = backward ? arguments.Before is not null : more || arguments.Before is not null;
        var hasPrevious = backward ? more : arguments.After is not null;
        if (!backward && arguments.Last is { } last && rows.Count > last)
        {
            rows.RemoveRange(0, rows.Count - last);
            hasPrevious = true;
        }

        // The rows are the edges; cursors are encoded when read (EdgeResult.Cursor): a selection without cursors encodes none.
        foreach (var row in rows)
        {
            row.IssueUnder(fingerprint);
        }

        var pageInfo = PageInfoResult.OfEdges(hasNext, hasPrevious, rows.Count > 0 ? rows[0] : null, rows.Count > 0 ? rows[^1] : null);
        return (rows, pageInfo);
    }
}
