using OpenData.GraphQL.Data.Contexts;
using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary><c>&lt;T&gt;Aggregates</c>: <c>count</c>, <c>sum</c>, <c>avg</c>, <c>min</c>, <c>max</c> over the filtered set.</summary>
public sealed class AggregatesGraphType<TEntity> : ObjectGraphType<AggregateResult>
    where TEntity : class
{
    public AggregatesGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "Aggregates";
        Description = AggregateDescriptions.Aggregates(entityName);
        AddValueFields(this, AggregateMembers.Of(typeof(TEntity), contexts.Model));
    }

    /// <summary>The fields an aggregates object and a group share (types without members are left out).</summary>
    internal static void AddValueFields(ObjectGraphType<AggregateResult> type, AggregateMembers members)
    {
        type.Field<NonNullGraphType<IntGraphType>>("count").Description(AggregateDescriptions.Count).Resolve(c => c.Source.Count);
        if (members.Numeric.Count > 0)
        {
            type.Field<NonNullGraphType<SumAggregatesGraphType<TEntity>>>("sum").Description(AggregateDescriptions.Sum).Resolve(c => c.Source.Sum);
            type.Field<NonNullGraphType<AvgAggregatesGraphType<TEntity>>>("avg").Description(AggregateDescriptions.Avg).Resolve(c => c.Source.Avg);
        }

        if (members.MinMax.Count > 0)
        {
            type.Field<NonNullGraphType<MinMaxAggregatesGraphType<TEntity>>>("min").Description(AggregateDescriptions.Min).Resolve(c => c.Source.Min);
            type.Field<NonNullGraphType<MinMaxAggregatesGraphType<TEntity>>>("max").Description(AggregateDescriptions.Max).Resolve(c => c.Source.Max);
        }
    }
}

/// <summary><c>&lt;T&gt;Group</c>: a group's <c>keys</c> and its <c>count</c>, <c>sum</c>, <c>avg</c>, <c>min</c>, <c>max</c>.</summary>
public sealed class GroupGraphType<TEntity> : ObjectGraphType<AggregateResult>
    where TEntity : class
{
    public GroupGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "Group";
        Description = AggregateDescriptions.Group(entityName);
        Field<NonNullGraphType<GroupKeysGraphType<TEntity>>>("keys").Description(AggregateDescriptions.Keys).Resolve(c => c.Source.Keys);
        AggregatesGraphType<TEntity>.AddValueFields(this, AggregateMembers.Of(typeof(TEntity), contexts.Model));
    }
}
