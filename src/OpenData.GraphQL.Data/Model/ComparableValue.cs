using System.Linq.Expressions;

namespace OpenData.GraphQL.Data.Model;

/// <summary>How filters and keyset cursors compare a value: enums through their underlying integer type.</summary>
internal static class ComparableValue
{
    /// <summary><paramref name="value"/>, converted to its enum's underlying integer type (nullable kept) when it is an enum.</summary>
    public static Expression Of(Expression value)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (!type.IsEnum)
        {
            return value;
        }

        var underlying = Enum.GetUnderlyingType(type);
        return Expression.Convert(value, value.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying));
    }
}
