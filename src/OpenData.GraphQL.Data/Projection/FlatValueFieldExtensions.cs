using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Projection;

/// <summary>
/// Output fields over the members of a <see cref="FlatValueAttribute"/> value: <c>FlatField(x =&gt; x.SignedOn, d =&gt; d.Start, …)</c>
/// is the field <c>signedOnStart</c> (named by <see cref="FlatValues.FlatName"/>, like its filter, sort and aggregate
/// inputs), null when the value is absent; the projection reads the whole value.
/// </summary>
public static class FlatValueFieldExtensions
{
    private const string PartKey = "OpenData:flatValuePart";

    /// <summary>
    /// Whether <paramref name="field"/> publishes a part of a flat value beside the value's own field (<c>signedOnStart</c>
    /// beside <c>signedOn</c>, the <see cref="OwnerNamedAttribute"/> member): a page that shows the value shows its own field.
    /// </summary>
    public static bool IsFlatValuePart(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata(PartKey, false);
    }

    /// <summary>The field over <paramref name="member"/> of the optional value <paramref name="value"/>.</summary>
    public static FieldBuilder<TSource, object> FlatField<TSource, TValue, TMember>(
        this ObjectGraphType<TSource> type, Expression<Func<TSource, TValue?>> value, Expression<Func<TValue, TMember>> member, Type graphType)
        where TValue : struct => Declare(type, value, member, graphType);

    /// <summary>The field over <paramref name="member"/> of the value <paramref name="value"/> (a required struct, or a class).</summary>
    public static FieldBuilder<TSource, object> FlatField<TSource, TValue, TMember>(
        this ObjectGraphType<TSource> type, Expression<Func<TSource, TValue>> value, Expression<Func<TValue, TMember>> member, Type graphType) =>
        Declare(type, value, member, graphType);

    private static FieldBuilder<TSource, object> Declare<TSource>(
        ObjectGraphType<TSource> type, LambdaExpression value, LambdaExpression member, Type graphType)
    {
        ArgumentNullException.ThrowIfNull(type);
        var owner = PropertyOf(value);
        var property = PropertyOf(member);
        if (!FlatValues.IsFlatValue(owner.PropertyType))
        {
            throw new ArgumentException($"{owner.Name} does not hold a [FlatValue] value.", nameof(value));
        }

        var source = Expression.Parameter(typeof(TSource), "x");
        var read = FlatValues.Read(source, owner, property);
        var field = type.Field(EntityMembers.FieldName(FlatValues.FlatName(owner, property)), graphType);
        field.FieldType.Resolver = (IFieldResolver)TypedResolverMethod.MakeGenericMethod(typeof(TSource), read.Type).Invoke(null, [read, source])!;
        field.FieldType.Metadata[ProjectionMetadata.ExpressionMember] = owner.Name + "." + property.Name;
        field.FieldType.Metadata[PartKey] = !property.IsDefined(typeof(OwnerNamedAttribute), inherit: false)
            && FlatValues.Members(owner.PropertyType).Any(m => m.IsDefined(typeof(OwnerNamedAttribute), inherit: false));
        return field;
    }

    private static readonly MethodInfo TypedResolverMethod =
        typeof(FlatValueFieldExtensions).GetMethod(nameof(TypedResolver), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The field's resolver: a getter compiled once, so resolving reads the member without reflection; compiled when the
    /// field is first resolved rather than at schema build, where compiling every part of every value delayed the first
    /// answer. Declared to return the member's type, so that an executor can tell it answers a plain value.
    /// </summary>
    private static FuncFieldResolver<TSource, TValue> TypedResolver<TSource, TValue>(Expression read, ParameterExpression source)
    {
        var getter = new Lazy<Func<TSource, TValue>>(() => Expression.Lambda<Func<TSource, TValue>>(read, source).Compile());
        return new FuncFieldResolver<TSource, TValue>(context => getter.Value(context.Source));
    }

    internal static PropertyInfo PropertyOf(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"'{member}' is not a property access.", nameof(member));
    }
}
