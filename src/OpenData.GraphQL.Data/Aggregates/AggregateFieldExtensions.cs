using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Paging;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// Adds <c>aggregates: &lt;T&gt;Aggregates!</c> and <c>groupedAggregates(groupBy: [&lt;T&gt;GroupBy!]!): [&lt;T&gt;Group!]!</c> to a
/// <c>&lt;Field&gt;Connection</c> or <c>&lt;Field&gt;CollectionSegment</c> type. Each runs one SQL statement on the field's
/// filtered set (<see cref="FilteredQuery"/>), only when selected, reading only the selected aggregates.
/// </summary>
public static class AggregateFieldExtensions
{
    /// <summary>Most distinct values in <c>groupBy</c>; more (or none) fail with <c>INVALID_GROUP_BY</c>.</summary>
    public const int MaxGroupByKeys = 8;

    /// <summary>Cost of either field for the complexity analysis: one item, whatever it contains.</summary>
    public const double ComplexityImpact = 1;

    /// <summary>
    /// Adds the aggregate fields of <typeparamref name="TEntity"/> to a connection or collection segment type;
    /// <paramref name="maxGroups"/> bounds <c>groupedAggregates</c>.
    /// </summary>
    public static void AddAggregateFields<TEntity>(this IComplexGraphType connectionOrSegment, int maxGroups)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(connectionOrSegment);
        connectionOrSegment.AddField(new FieldType
        {
            Name = "aggregates",
            Description = AggregateDescriptions.AggregatesField,
            Type = typeof(NonNullGraphType<AggregatesGraphType<TEntity>>),
            Resolver = new FuncFieldResolver<object>(async context => await AggregateAsync<TEntity>(context).ConfigureAwait(false)),
        }.WithComplexityImpact(ComplexityImpact, 1));

        if (!EntityMemberSelection.Filterable(typeof(TEntity)).Any(m => m.Kind is not (MemberKind.Id or MemberKind.Object or MemberKind.ObjectList or MemberKind.ScalarList)))
        {
            return;
        }

        connectionOrSegment.AddField(new FieldType
        {
            Name = "groupedAggregates",
            Description = AggregateDescriptions.GroupedAggregatesField(maxGroups),
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GroupGraphType<TEntity>>>>),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupByGraphType<TEntity>>>>>
            {
                Name = "groupBy",
                Description = AggregateDescriptions.GroupByArgument(MaxGroupByKeys),
            }),
            Resolver = new FuncFieldResolver<object>(async context => await GroupAsync<TEntity>(context, maxGroups).ConfigureAwait(false)),
        }.WithComplexityImpact(ComplexityImpact, 1));
    }

    private static async Task<AggregateResult> AggregateAsync<TEntity>(IResolveFieldContext context)
        where TEntity : class
    {
        var query = QueryOf(context.Source);
        var members = AggregateMembers.Of(typeof(TEntity), query.Contexts.Model);
        var request = AggregateRequest.From(SelectionTree.From(context.FieldAst.SelectionSet, context.Document), members);
        var rows = await query.RunAsync(
            (q, ct) => AggregateQuery.RunAsync((IQueryable<TEntity>)q, [], request, query.Contexts.NeedsExplicitNullOrdering, limit: null, ct),
            context.CancellationToken).ConfigureAwait(false);
        var empty = new Dictionary<string, object?>();
        return rows.Count > 0 ? rows[0] : new AggregateResult(0, empty, empty, empty, empty, empty);
    }

    private static async Task<IReadOnlyList<AggregateResult>> GroupAsync<TEntity>(IResolveFieldContext context, int maxGroups)
        where TEntity : class
    {
        var query = QueryOf(context.Source);
        var members = AggregateMembers.Of(typeof(TEntity), query.Contexts.Model);
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        var keys = GroupBy(context, members, coordinate);
        var request = AggregateRequest.From(SelectionTree.From(context.FieldAst.SelectionSet, context.Document), members);
        var groups = await query.RunAsync(
            (q, ct) => AggregateQuery.RunAsync((IQueryable<TEntity>)q, keys, request, query.Contexts.NeedsExplicitNullOrdering, maxGroups, ct),
            context.CancellationToken).ConfigureAwait(false);
        if (groups.Count > maxGroups)
        {
            throw new DataError(
                DataErrorCodes.TooManyGroups,
                $"La agrupación da más de {maxGroups} grupos: filtre con `where` o agrupe por menos campos.",
                new Dictionary<string, object?> { ["coordinate"] = coordinate, ["maxGroups"] = maxGroups });
        }

        return groups;
    }

    private static List<GroupByOption> GroupBy(IResolveFieldContext context, AggregateMembers members, string coordinate)
    {
        var names = context.GetArgument<List<object>>("groupBy") ?? [];
        var keys = names.Select(n => Convert.ToString(n, CultureInfo.InvariantCulture)!).Distinct(StringComparer.Ordinal)
            .Select(n => members.FindGroupBy(n) ?? throw new InvalidOperationException($"Unknown groupBy value {n}."))
            .ToList();
        if (keys.Count is 0 or > MaxGroupByKeys)
        {
            throw new DataError(
                DataErrorCodes.InvalidGroupBy,
                $"`groupBy` necesita de 1 a {MaxGroupByKeys} campos distintos.",
                new Dictionary<string, object?> { ["coordinate"] = coordinate, ["maxKeys"] = MaxGroupByKeys, ["requestedKeys"] = keys.Count });
        }

        return keys;
    }

    private static FilteredQuery QueryOf(object? source) => source switch
    {
        ConnectionResult connection => connection.Query,
        CollectionSegmentResult segment => segment.Query,
        _ => throw new InvalidOperationException("Aggregate fields resolve on a connection or collection segment."),
    };
}
