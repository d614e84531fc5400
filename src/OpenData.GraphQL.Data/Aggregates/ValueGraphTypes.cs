using GraphQL.Types;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary><c>&lt;T&gt;SumAggregates</c>: one field per numeric member, integers summed as Long.</summary>
public sealed class SumAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public SumAggregatesGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "SumAggregates";
        Description = AggregateDescriptions.SumType(entityName);
        foreach (var member in AggregateMembers.Of(typeof(TEntity), contexts.Model).Numeric)
        {
            AggregateGraphTypes.Value(this, member.FieldName, AggregateTypes.Sum(member.ValueType), AggregateDescriptions.SumOf(member.FieldName));
        }
    }
}

/// <summary><c>&lt;T&gt;AvgAggregates</c>: one field per numeric member, decimals exact, the rest as Float.</summary>
public sealed class AvgAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public AvgAggregatesGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "AvgAggregates";
        Description = AggregateDescriptions.AvgType(entityName);
        foreach (var member in AggregateMembers.Of(typeof(TEntity), contexts.Model).Numeric)
        {
            AggregateGraphTypes.Value(this, member.FieldName, AggregateTypes.Average(member.ValueType), AggregateDescriptions.AvgOf(member.FieldName));
        }
    }
}

/// <summary><c>&lt;T&gt;MinMaxAggregates</c> (the type of both <c>min</c> and <c>max</c>): numeric and date members.</summary>
public sealed class MinMaxAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public MinMaxAggregatesGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "MinMaxAggregates";
        Description = AggregateDescriptions.MinMaxType(entityName);
        foreach (var member in AggregateMembers.Of(typeof(TEntity), contexts.Model).MinMax)
        {
            AggregateGraphTypes.Value(this, member.FieldName, member.ValueType, AggregateDescriptions.MinMaxOf(member.FieldName));
        }
    }
}

/// <summary><c>&lt;T&gt;GroupKeys</c>: one nullable field per <c>&lt;T&gt;GroupBy</c> value, typed as the key.</summary>
public sealed class GroupKeysGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public GroupKeysGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "GroupKeys";
        Description = AggregateDescriptions.GroupKeysType(entityName);
        foreach (var option in AggregateMembers.Of(typeof(TEntity), contexts.Model).GroupBy)
        {
            AggregateGraphTypes.Value(this, option.KeyField, option.KeyValueType, AggregateDescriptions.KeyOf(option));
        }
    }
}

/// <summary><c>&lt;T&gt;GroupBy</c>: the scalar and enum members, and <c>&lt;DATE&gt;_YEAR</c> for every date member.</summary>
public sealed class GroupByGraphType<TEntity> : EnumerationGraphType
    where TEntity : class
{
    public GroupByGraphType(IDataContextSource contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "GroupBy";
        Description = AggregateDescriptions.GroupByType(entityName);
        foreach (var option in AggregateMembers.Of(typeof(TEntity), contexts.Model).GroupBy)
        {
            Add(option.EnumName, option.EnumName, AggregateDescriptions.GroupByValue(option));
        }
    }
}
