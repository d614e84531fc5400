namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// The composite GROUP BY key: EF Core translates a member-init of this class into one GROUP BY column per bound
/// member; unbound members stay out of the SQL. Holds up to
/// <see cref="AggregateFieldExtensions.MaxGroupByKeys"/> keys.
/// </summary>
internal sealed class GroupKey<T0, T1, T2, T3, T4, T5, T6, T7>
{
    public T0 K0 { get; init; } = default!;

    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;

    public T3 K3 { get; init; } = default!;

    public T4 K4 { get; init; } = default!;

    public T5 K5 { get; init; } = default!;

    public T6 K6 { get; init; } = default!;

    public T7 K7 { get; init; } = default!;
}
