using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>The aggregates a selection asks for: only these become SQL columns.</summary>
internal sealed record AggregateRequest(
    IReadOnlyList<AggregateMember> Sum, IReadOnlyList<AggregateMember> Avg, IReadOnlyList<AggregateMember> Min, IReadOnlyList<AggregateMember> Max)
{
    public static AggregateRequest From(SelectionTree selection, AggregateMembers members) => new(
        Pick(selection["sum"], members.Numeric),
        Pick(selection["avg"], members.Numeric),
        Pick(selection["min"], members.MinMax),
        Pick(selection["max"], members.MinMax));

    private static List<AggregateMember> Pick(SelectionTree? selection, IReadOnlyList<AggregateMember> candidates) =>
        selection is null ? [] : candidates.Where(m => selection[m.FieldName] is not null).ToList();
}
