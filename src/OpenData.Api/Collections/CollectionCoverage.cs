using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Collections;

/// <summary>The period a collection's records cover: the earliest and latest dates, or fiscal years, they give.</summary>
internal abstract class CollectionCoverage<T>
{
    public abstract Task<(DateOnly? Start, DateOnly? End)> ReadAsync(IQueryable<T> records, CancellationToken cancellationToken);

    /// <summary>From the earliest <paramref name="start"/> to the latest <paramref name="end"/>.</summary>
    public static CollectionCoverage<T> Dates(Expression<Func<T, DateOnly?>> start, Expression<Func<T, DateOnly?>> end) => new DateCoverage(start, end);

    /// <summary>From 1 January of the earliest <paramref name="first"/> year to 31 December of the latest <paramref name="last"/>.</summary>
    public static CollectionCoverage<T> Years(Expression<Func<T, int?>> first, Expression<Func<T, int?>> last) => new YearCoverage(first, last);

    private sealed class DateCoverage(Expression<Func<T, DateOnly?>> start, Expression<Func<T, DateOnly?>> end) : CollectionCoverage<T>
    {
        public override async Task<(DateOnly? Start, DateOnly? End)> ReadAsync(IQueryable<T> records, CancellationToken cancellationToken) =>
            (await records.MinAsync(start, cancellationToken),
             await records.MaxAsync(end, cancellationToken));
    }

    private sealed class YearCoverage(Expression<Func<T, int?>> first, Expression<Func<T, int?>> last) : CollectionCoverage<T>
    {
        public override async Task<(DateOnly? Start, DateOnly? End)> ReadAsync(IQueryable<T> records, CancellationToken cancellationToken)
        {
            var firstYear = await records.MinAsync(first, cancellationToken);
            var lastYear = await records.MaxAsync(last, cancellationToken);
            return (firstYear is { } y1 ? new DateOnly(y1, 1, 1) : null, lastYear is { } y2 ? new DateOnly(y2, 12, 31) : null);
        }
    }
}
