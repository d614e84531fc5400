using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// A filterable/sortable member of an entity. <see cref="ValueType"/> is the non-nullable scalar type,
/// the referenced entity type, or the list element type. A member of a <see cref="FlatValueAttribute"/> value has
/// the entity property holding the value as <see cref="Owner"/> (<c>SignedOn</c>) and its own property as
/// <see cref="Property"/> (<c>Start</c>).
/// </summary>
internal sealed record EntityMember(PropertyInfo Property, string FieldName, MemberKind Kind, Type ValueType, PropertyInfo? Owner = null)
{
    public bool IsSortable => Kind is not (MemberKind.ObjectList or MemberKind.ScalarList);

    /// <summary>Whether the member is a list (of entities or of scalars).</summary>
    public bool IsList => Kind is MemberKind.ObjectList or MemberKind.ScalarList;

    /// <summary>The member's flat name: its property's, or <see cref="FlatValues.FlatName"/> through a flat value (also its column's).</summary>
    public string FlatName => Owner is null ? Property.Name : FlatValues.FlatName(Owner, Property);

    /// <summary>The entity type declaring the member (or the value holding it).</summary>
    public Type DeclaringEntity => (Owner ?? Property).ReflectedType!;

    /// <summary>Whether the member's CLR value can be null (its own type, or an optional value holding it).</summary>
    public bool IsNullable => CanBeNull(Property.PropertyType) || HasOptionalOwner;

    /// <summary>Whether the member is read through a flat value that can be absent (then it reads as null).</summary>
    public bool HasOptionalOwner => Owner is not null && FlatValues.IsOptional(Owner);

    /// <summary>For a list of scalars, the member as its element would be (kind and type of one element).</summary>
    public EntityMember Element => Kind == MemberKind.ScalarList
        ? this with { Kind = EntityMembers.ScalarKind(ValueType) ?? throw new InvalidOperationException(ValueType.Name) }
        : throw new InvalidOperationException($"{FieldName} is not a list of scalars.");

    /// <summary>
    /// The member read from <paramref name="instance"/>: <c>x.Title</c>, or through an optional value
    /// <c>x.SignedOn == null ? null : x.SignedOn.Start</c> (EF Core reads the column; LINQ to objects never throws).
    /// </summary>
    public Expression Access(Expression instance) =>
        Owner is null ? Expression.Property(instance, Property) : FlatValues.Read(instance, Owner, Property);

    /// <summary>The EF Core property behind the member in <paramref name="model"/>, if it maps one.</summary>
    public IReadOnlyProperty? MappedProperty(IModel? model, Type entityType)
    {
        var entity = model?.FindEntityType(entityType);
        return Owner is null
            ? entity?.FindProperty(Property.Name)
            : entity?.FindComplexProperty(Owner.Name)?.ComplexType.FindProperty(Property.Name);
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
