using System.Reflection;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// A filterable/sortable member of an entity. <see cref="ValueType"/> is the non-nullable scalar type,
/// the referenced entity type, or the list element type.
/// </summary>
internal sealed record EntityMember(PropertyInfo Property, string FieldName, MemberKind Kind, Type ValueType)
{
    public bool IsSortable => Kind is not MemberKind.ObjectList;
}
