using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>
/// HotChocolate's <c>&lt;T&gt;FilterInput</c>: <c>and</c>, <c>or</c>, then one field per filterable member
/// (camelCase, declaration order).
/// </summary>
public sealed class FilterInputGraphType<TEntity> : InputObjectGraphType
    where TEntity : class
{
    public FilterInputGraphType()
    {
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "FilterInput";
        Description = FilterDescriptions.ObjectFilter(entityName);
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TEntity>>>>("and").Description(FilterDescriptions.And);
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TEntity>>>>("or").Description(FilterDescriptions.Or);
        foreach (var member in EntityMemberSelection.Filterable(typeof(TEntity)))
        {
            Field(member.FieldName, OperationType(member)).Description(FilterDescriptions.Member(member.FieldName));
        }
    }

    internal static Type OperationType(EntityMember member) => member.Kind switch
    {
        MemberKind.String => typeof(StringOperationFilterInputType),
        MemberKind.Boolean => typeof(BooleanOperationFilterInputType),
        MemberKind.Id => typeof(IdOperationFilterInputType),
        MemberKind.Enum => typeof(EnumOperationFilterInputType<>).MakeGenericType(member.ValueType),
        MemberKind.Object => typeof(FilterInputGraphType<>).MakeGenericType(member.ValueType),
        MemberKind.ObjectList => typeof(ListFilterInputGraphType<>).MakeGenericType(member.ValueType),
        MemberKind.ScalarList => typeof(ListOperationFilterInputGraphType<>).MakeGenericType(OperationType(member.Element)),
        _ => ComparableType(member.ValueType),
    };

    /// <summary>The GraphQL name of a member's operation input (e.g. <c>IntOperationFilterInput</c>).</summary>
    internal static string OperationTypeName(EntityMember member) => ((IGraphType)Activator.CreateInstance(OperationType(member))!).Name;

    private static Type ComparableType(Type scalar) =>
        scalar == typeof(short) ? typeof(ShortOperationFilterInputType)
        : scalar == typeof(int) ? typeof(IntOperationFilterInputType)
        : scalar == typeof(long) ? typeof(LongOperationFilterInputType)
        : scalar == typeof(float) || scalar == typeof(double) ? typeof(FloatOperationFilterInputType)
        : scalar == typeof(decimal) ? typeof(DecimalOperationFilterInputType)
        : scalar == typeof(DateOnly) ? typeof(LocalDateOperationFilterInputType)
        : typeof(DateTimeOperationFilterInputType);
}
