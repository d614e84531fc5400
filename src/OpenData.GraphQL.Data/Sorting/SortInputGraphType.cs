using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Sorting;

/// <summary>
/// HotChocolate's <c>&lt;T&gt;SortInput</c>: one field per sortable member; scalars and enums take
/// <c>SortEnumType</c>, to-one navigations their own <c>SortInput</c>; lists are not sortable.
/// </summary>
public sealed class SortInputGraphType<TEntity> : InputObjectGraphType
    where TEntity : class
{
    public SortInputGraphType()
    {
        var entityName = EntityMembers.GraphName(typeof(TEntity));
        Name = entityName + "SortInput";
        Description = $"Ordenación de {entityName}: indique un solo campo por elemento de la lista; el orden de la lista es la prioridad.";
        foreach (var member in EntityMemberSelection.Sortable(typeof(TEntity)))
        {
            var type = member.Kind == MemberKind.Object
                ? typeof(SortInputGraphType<>).MakeGenericType(member.ValueType)
                : typeof(SortEnumGraphType);
            Field(member.FieldName, type).Description($"Ordena por `{member.FieldName}`.");
        }
    }
}
