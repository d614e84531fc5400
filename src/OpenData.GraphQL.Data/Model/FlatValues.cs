using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// The one naming rule for <see cref="FlatValueAttribute"/> values, shared by the GraphQL fields, the filter, sort and
/// aggregate inputs, the EF Core columns and the folded text columns: owner name plus member name, or the owner's
/// name alone for the <see cref="OwnerNamedAttribute"/> member.
/// </summary>
public static class FlatValues
{
    /// <summary>Whether <paramref name="type"/> (or the type a <see cref="Nullable{T}"/> wraps) is a flat value.</summary>
    public static bool IsFlatValue(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return (Nullable.GetUnderlyingType(type) ?? type).IsDefined(typeof(FlatValueAttribute), inherit: false);
    }

    /// <summary>The members of a flat value, in declaration order: its public readable instance properties.</summary>
    public static IEnumerable<PropertyInfo> Members(Type valueType)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        return (Nullable.GetUnderlyingType(valueType) ?? valueType).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0);
    }

    /// <summary>The flat (PascalCase) name of <paramref name="member"/> of the value held by <paramref name="owner"/>.</summary>
    public static string FlatName(PropertyInfo owner, PropertyInfo member)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(member);
        return member.IsDefined(typeof(OwnerNamedAttribute), inherit: false) ? owner.Name : owner.Name + member.Name;
    }

    /// <summary>Whether the value held by <paramref name="owner"/> can be absent (a nullable struct or a class).</summary>
    public static bool IsOptional(PropertyInfo owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return !owner.PropertyType.IsValueType || Nullable.GetUnderlyingType(owner.PropertyType) is not null;
    }

    /// <summary>
    /// <paramref name="member"/> of the value <paramref name="owner"/> holds, read from <paramref name="instance"/>:
    /// <c>x.SignedOn.Start</c>, or for an optional value <c>!x.SignedOn.HasValue ? null : x.SignedOn.Value.Start</c>
    /// (EF Core reads the column, null when the value is absent; LINQ to objects never throws).
    /// </summary>
    public static Expression Read(Expression instance, PropertyInfo owner, PropertyInfo member)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(member);
        var value = Expression.Property(instance, owner);
        if (!IsOptional(owner))
        {
            return Expression.Property(value, member);
        }

        var isStruct = Nullable.GetUnderlyingType(owner.PropertyType) is not null;
        var present = isStruct ? Expression.Property(value, nameof(Nullable<int>.Value)) : (Expression)value;
        var missing = isStruct
            ? Expression.Not(Expression.Property(value, nameof(Nullable<int>.HasValue)))
            : (Expression)Expression.Equal(value, Expression.Constant(null, value.Type));
        var type = member.PropertyType.IsValueType && Nullable.GetUnderlyingType(member.PropertyType) is null
            ? typeof(Nullable<>).MakeGenericType(member.PropertyType)
            : member.PropertyType;
        return Expression.Condition(missing, Expression.Constant(null, type), Expression.Convert(Expression.Property(present, member), type));
    }

    /// <summary>
    /// The flat value and member a lambda reads: <c>x =&gt; x.Date.Start</c> or, for an optional value,
    /// <c>x =&gt; x.SignedOn!.Value.Start</c>; false for anything else.
    /// </summary>
    public static bool TryMember(LambdaExpression read, [NotNullWhen(true)] out PropertyInfo? owner, [NotNullWhen(true)] out PropertyInfo? member)
    {
        ArgumentNullException.ThrowIfNull(read);
        owner = member = null;
        var body = read.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : read.Body;
        if (body is not MemberExpression { Member: PropertyInfo leaf, Expression: { } holder })
        {
            return false;
        }

        if (holder is MemberExpression { Member.Name: nameof(Nullable<int>.Value), Expression: { } wrapped } && Nullable.GetUnderlyingType(wrapped.Type) is not null)
        {
            holder = wrapped;
        }

        if (holder is MemberExpression { Member: PropertyInfo value, Expression: ParameterExpression } && IsFlatValue(value.PropertyType))
        {
            (owner, member) = (value, leaf);
            return true;
        }

        return false;
    }
}
