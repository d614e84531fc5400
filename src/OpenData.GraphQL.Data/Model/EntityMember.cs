using System.Reflection;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// A filterable/sortable member of an entity. <see cref="ValueType"/> is the non-nullable scalar type,
/// the referenced entity type, or the list element type.
/// </summary>
internal sealed record EntityMember(PropertyInfo Property, string FieldName, MemberKind Kind, Type ValueType)
{
    public bool IsSortable => Kind is not (MemberKind.ObjectList or MemberKind.ScalarList);

    /// <summary>Whether the member is a list (of entities or of scalars).</summary>
    public bool IsList => Kind is MemberKind.ObjectList or MemberKind.ScalarList;

    /// <summary>For a list of scalars, the member as its element would be (kind and type of one element).</summary>
    public EntityMember Element => Kind == MemberKind.ScalarList
        ? this with { Kind = EntityMembers.ScalarKind(ValueType) ?? throw new InvalidOperationException(ValueType.Name) }
        : throw new InvalidOperationException($"{FieldName} is not a list of scalars.");
}
