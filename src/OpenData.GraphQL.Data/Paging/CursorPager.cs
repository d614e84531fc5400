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
    internal async Task<(IReadOnlyList<EdgeResult> Edges, PageInfoResult PageInfo)> PageAsync<TEntity>(
        IQueryable<TEntity> query, CursorArguments arguments, int defaultPageSize, Expression<Func<TEntity, PageRow>> row, CancellationToken cancellationToken)
        where TEntity : class
    {
        var fingerprint = knownFingerprint ?? SortTranslator.Fingerprint(typeof(TEntity), keys);
        if (arguments.After is { } after)
        {
            query = query.Where(KeysetPredicate.Build<TEntity>(keys, CursorCodec.Decode(after, "after", keys, fingerprint), backward: false));
        }

        if (arguments.Before is { } before)
        {
            query = query.Where(KeysetPredicate.Build<TEntity>(keys, CursorCodec.Decode(before, "before", keys, fingerprint), backward: true));
        }

        var backward = arguments.First is null && arguments.Last is not null;
        var size = backward ? arguments.Last!.Value : arguments.First ?? defaultPageSize;
        var rows = await sorter.Apply(query, keys, reverse: backward)
            .Select(row)
            .Take(size + 1)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

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

        var edges = rows.Select(r => new EdgeResult(CursorCodec.Encode(fingerprint, r.Keys), r.Node)).ToList();
        var pageInfo = new PageInfoResult(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return (edges, pageInfo);
    }
}
