using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>Lets ungrouped <c>aggregates</c> run as a plain <c>SELECT COUNT(*), SUM(…) … WHERE …</c>.</summary>
public static class PlainAggregateDbContextOptionsExtensions
{
    /// <summary>
    /// Adds the command interceptor that drops the constant <c>GROUP BY</c> EF Core writes for an ungrouped aggregate
    /// (see the engine's README). Without it the answers are the same; the statement costs a temporary B-tree more.
    /// </summary>
    public static DbContextOptionsBuilder UsePlainAggregates(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddInterceptors(PlainAggregateInterceptor.Instance);
    }
}
