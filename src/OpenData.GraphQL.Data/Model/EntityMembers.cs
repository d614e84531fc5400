using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using GraphQL;

namespace OpenData.GraphQL.Data.Model;

/// <summary>Reflection over entity CLR types, following HotChocolate's conventions (public properties, declaration order).</summary>
internal static class EntityMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<EntityMember>> Cache = new();

    private static readonly HashSet<Type> ComparableTypes =
    [
        typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
    ];

    /// <summary>The GraphQL name of an entity type: its <see cref="EntityGraphNames"/> mapping, its <see cref="NameAttribute"/> or its CLR name.</summary>
    public static string GraphName(Type entityType) =>
        EntityGraphNames.Find(entityType) ?? entityType.GetCustomAttribute<NameAttribute>()?.Name ?? entityType.Name;

    public static IReadOnlyList<EntityMember> Of(Type entityType) => Cache.GetOrAdd(entityType, Discover);

    public static EntityMember? Find(Type entityType, string fieldName)
    {
        foreach (var member in Of(entityType))
        {
            if (member.FieldName == fieldName)
            {
                return member;
            }
        }

        return null;
    }

    public static string FieldName(string memberName) =>
        memberName.Length == 0 ? memberName : char.ToLowerInvariant(memberName[0]) + memberName[1..];

    private static List<EntityMember> Discover(Type entityType)
    {
        var members = new List<EntityMember>();
        foreach (var property in entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null
                || property.IsDefined(typeof(NotMappedAttribute)) || property.IsDefined(typeof(IgnoreAttribute)))
            {
                continue;
            }

            if (FlatValues.IsFlatValue(property.PropertyType))
            {
                members.AddRange(FlatMembers(property));
            }
            else if (Classify(entityType, property) is { } member)
            {
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>The scalar members of the flat value held by <paramref name="owner"/>, named by <see cref="FlatValues.FlatName"/>.</summary>
    private static IEnumerable<EntityMember> FlatMembers(PropertyInfo owner)
    {
        foreach (var property in FlatValues.Members(owner.PropertyType))
        {
            var scalar = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (ScalarKind(scalar) is { } kind)
            {
                yield return new EntityMember(property, FieldName(FlatValues.FlatName(owner, property)), kind, scalar, owner);
            }
        }
    }

    private static EntityMember? Classify(Type entityType, PropertyInfo property)
    {
        var type = property.PropertyType;
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        var name = FieldName(property.Name);
        if (IsKey(entityType, property))
        {
            return new EntityMember(property, name, MemberKind.Id, scalar);
        }

        if (ScalarKind(scalar) is { } scalarKind)
        {
            return new EntityMember(property, name, scalarKind, scalar);
        }

        if (ElementType(type) is { } element)
        {
            var elementScalar = Nullable.GetUnderlyingType(element) ?? element;
            return IsEntityClass(element) ? new EntityMember(property, name, MemberKind.ObjectList, element)
                // Lists of text are left out: their values have no folded copy, so contains/startsWith could not ignore
                // accents and case as StringOperationFilterInput promises.
                : ScalarKind(elementScalar) is { } kind && kind != MemberKind.String ? new EntityMember(property, name, MemberKind.ScalarList, elementScalar)
                : null;
        }

        return IsEntityClass(type) ? new EntityMember(property, name, MemberKind.Object, type) : null;
    }

    /// <summary>How a (non-nullable) scalar type filters: text, boolean, enum or comparable; null when it is not a scalar.</summary>
    internal static MemberKind? ScalarKind(Type scalar) =>
        scalar == typeof(string) ? MemberKind.String
        : scalar == typeof(bool) ? MemberKind.Boolean
        : scalar.IsEnum ? MemberKind.Enum
        : ComparableTypes.Contains(scalar) ? MemberKind.Comparable
        : null;

    /// <summary>The key member: marked <see cref="KeyAttribute"/>, else named <c>Id</c>.</summary>
    public static PropertyInfo? KeyProperty(Type entityType)
    {
        var properties = entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.IsDefined(typeof(KeyAttribute)))
            ?? properties.FirstOrDefault(p => p.Name == "Id");
    }

    private static bool IsKey(Type entityType, PropertyInfo property) => KeyProperty(entityType) == property;

    internal static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static bool IsEntityClass(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && !type.IsAbstract
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
