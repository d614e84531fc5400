using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>Offset paging (<c>skip</c>/<c>take</c>) in one statement, fetching one extra row for <c>hasNextPage</c>.</summary>
internal static class OffsetPager
{
    public static async Task<(IReadOnlyList<object> Items, CollectionSegmentInfoResult Info)> PageAsync<TEntity>(
        IQueryable<TEntity> ordered, int skip, int take, LambdaExpression node, CancellationToken cancellationToken)
        where TEntity : class
    {
        var projected = (IQueryable<object>)ordered.Provider.CreateQuery(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TEntity), typeof(object)], ordered.Expression,
                Expression.Quote(Expression.Lambda(Expression.Convert(node.Body, typeof(object)), node.Parameters))));
        var items = await projected.Skip(skip).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var more = items.Count > take;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        return (items, new CollectionSegmentInfoResult(more, skip > 0));
    }
}
