using System.Collections;
using GraphQL.DataLoader;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace OpenData.GraphQL.Http.Execution.Rows;

/// <summary>
/// Which fields a row may resolve without a node of their own: a field whose resolver is one of GraphQL.NET's
/// expression or delegate resolvers declared to return a plain value, a type that can hold no
/// <see cref="IDataLoaderResult"/>, no list and no task (a string, an enum, a number, a date, a sealed class), and
/// GraphQL.NET's own <c>__typename</c>. Decided from the field's definition, never from a value: a leaf that could answer
/// a data loader result (GraphQL.NET completes it after the level) is never resolved by a row.
/// </summary>
internal static class PlainLeaves
{
    /// <summary>Whether <paramref name="field"/>'s resolver returns a plain value (see the class).</summary>
    public static bool HasPlainResolver(FieldType field, ISchema schema)
    {
        var resolver = field.Resolver;
        if (resolver is null)
        {
            return false;
        }

        var type = resolver.GetType();
        if (ReferenceEquals(field, schema.TypeNameMetaFieldType))
        {
            // GraphQL.NET's own __typename: its resolver answers the parent type's name.
            return field.GetType() == typeof(TypeNameMetaFieldType) && type == typeof(FuncFieldResolver<object>);
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var returned = definition == typeof(ExpressionFieldResolver<,>) || definition == typeof(FuncFieldResolver<,>)
            ? type.GetGenericArguments()[1]
            : definition == typeof(FuncFieldResolver<>) ? type.GetGenericArguments()[0] : null;
        return returned is not null && IsPlainValue(returned);
    }

    /// <summary>Whether a value of the declared type <paramref name="type"/> can only be a plain value.</summary>
    internal static bool IsPlainValue(Type type)
    {
        if (type == typeof(string))
        {
            return true;
        }

        var value = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(IDataLoaderResult).IsAssignableFrom(value) || typeof(IEnumerable).IsAssignableFrom(value)
            || typeof(Task).IsAssignableFrom(value) || value.IsGenericParameter)
        {
            return false;
        }

        if (value.IsValueType)
        {
            return value != typeof(ValueTask) && !(value.IsGenericType && value.GetGenericTypeDefinition() == typeof(ValueTask<>));
        }

        return value.IsSealed;
    }
}
