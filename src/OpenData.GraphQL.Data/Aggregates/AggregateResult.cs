namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// Value of <c>&lt;T&gt;Aggregates</c> and of one <c>&lt;T&gt;Group</c>: the row count and, by field name, the requested
/// sums, averages, minimums and maximums (null: no non-null value), plus the group's keys (by key field name).
/// </summary>
public sealed record AggregateResult(
    int Count,
    IReadOnlyDictionary<string, object?> Sum,
    IReadOnlyDictionary<string, object?> Avg,
    IReadOnlyDictionary<string, object?> Min,
    IReadOnlyDictionary<string, object?> Max,
    IReadOnlyDictionary<string, object?> Keys);
