using OpenData.GraphQL.Data.Contexts;
using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary><c>&lt;T&gt;SumAggregates</c>: one field per numeric member, integers summed as Long.</summary>
public sealed class SumAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public SumAggregatesGraphType(IDataContextSource contexts) =>
        ValueFields.Fill<TEntity>(this, contexts, "SumAggregates", AggregateDescriptions.SumType, members => members.Numeric.Select(m => (m.FieldName, AggregateTypes.Sum(m.ValueType), AggregateDescriptions.SumOf(m.FieldName))));
}

/// <summary><c>&lt;T&gt;AvgAggregates</c>: one field per numeric member, decimals exact, the rest as Float.</summary>
public sealed class AvgAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public AvgAggregatesGraphType(IDataContextSource contexts) =>
        ValueFields.Fill<TEntity>(this, contexts, "AvgAggregates", AggregateDescriptions.AvgType, members => members.Numeric.Select(m => (m.FieldName, AggregateTypes.Average(m.ValueType), AggregateDescriptions.AvgOf(m.FieldName))));
}

/// <summary><c>&lt;T&gt;MinMaxAggregates</c> (the type of both <c>min</c> and <c>max</c>): numeric and date members.</summary>
public sealed class MinMaxAggregatesGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public MinMaxAggregatesGraphType(IDataContextSource contexts) =>
        ValueFields.Fill<TEntity>(this, contexts, "MinMaxAggregates", AggregateDescriptions.MinMaxType, members => members.MinMax.Select(m => (m.FieldName, m.ValueType, AggregateDescriptions.MinMaxOf(m.FieldName))));
}

/// <summary><c>&lt;T&gt;GroupKeys</c>: one nullable field per <c>&lt;T&gt;GroupBy</c> value, typed as the key.</summary>
public sealed class GroupKeysGraphType<TEntity> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TEntity : class
{
    public GroupKeysGraphType(IDataContextSource contexts) =>
        ValueFields.Fill<TEntity>(this, contexts, "GroupKeys", AggregateDescriptions.GroupKeysType, members => members.GroupBy.Select(o => (o.KeyField, o.KeyValueType, AggregateDescriptions.KeyOf(o))));
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

/// <summary>Builds the object types above: a name from the entity, a description, and one nullable value field per member.</summary>
internal static class ValueFields
{
    public static void Fill<TEntity>(
        ObjectGraphType<IReadOnlyDictionary<string, object?>> type, IDataContextSource contexts, string suffix,
        Func<string, string> typeDescription, Func<AggregateMembers, IEnumerable<(string Field, Type ClrType, string Description)>> fields)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        type.Name = entityName + suffix;
        type.Description = typeDescription(entityName);
        foreach (var (field, clrType, description) in fields(AggregateMembers.Of(typeof(TEntity), contexts.Model)))
        {
            AggregateGraphTypes.Value(type, field, clrType, description);
        }
    }
}
