using System.Linq.Expressions;
using System.Reflection;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// The keyset condition "row comes after (or before) the cursor row in this order":
/// <c>k0 ▷ c0 OR (k0 = c0 AND k1 ▷ c1) OR …</c>, with nulls as the smallest value.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The condition; with <paramref name="slots"/>, the cursor's values are bound to its parameters instead of closures.</summary>
    public static Expression<Func<TEntity, bool>> Build<TEntity>(IReadOnlyList<SortKey> keys, object?[] cursor, bool backward, ValueSlots? slots = null)
    {
        Expression Value(object? value, Type type) => slots is null ? ParameterValue.Of(value, type) : slots.Bind(value, type);

        var parameter = Expression.Parameter(typeof(TEntity), "x");
        Expression? result = null;
        Expression? equalPrefix = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var value = ParameterReplacer.Replace(key.Selector, parameter);
            var wantGreater = key.Descending == backward;
            var beyond = Beyond(value, cursor[i], wantGreater, key.Nullable, Value);
            if (beyond is not null)
            {
                var term = equalPrefix is null ? beyond : Expression.AndAlso(equalPrefix, beyond);
                result = result is null ? term : Expression.OrElse(result, term);
            }

            var equal = Equal(value, cursor[i], Value);
            equalPrefix = equalPrefix is null ? equal : Expression.AndAlso(equalPrefix, equal);
        }

        result ??= Expression.Constant(false);
        if (keys.Count > 1 && cursor[0] is { } first && Bound(ParameterReplacer.Replace(keys[0].Selector, parameter), first, keys[0].Descending == backward, keys[0].Nullable, Value) is { } bound)
        {
            result = Expression.AndAlso(bound, result);
        }

        return Expression.Lambda<Func<TEntity, bool>>(result, parameter);
    }

    /// <summary>Strictly beyond the cursor value on this key; null when nothing can be.</summary>
    private static Expression? Beyond(Expression value, object? cursor, bool wantGreater, bool nullable, Func<object?, Type, Expression> bind)
    {
        if (cursor is null)
        {
            return wantGreater ? NotNull(value) : null;
        }

        var compared = CompareStrict(value, cursor, wantGreater, bind);
        if (!wantGreater && nullable)
        {
            return compared is null ? IsNull(value) : Expression.OrElse(compared, IsNull(value));
        }

        return compared;
    }

    /// <summary>A redundant range bound on the first key (<c>k0 &gt;= c0</c>) that lets the database seek an index.</summary>
    private static BinaryExpression? Bound(Expression value, object cursor, bool wantGreater, bool nullable, Func<object?, Type, Expression> bind)
    {
        if (!wantGreater && nullable)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type == typeof(bool))
        {
            return null;
        }

        var constant = bind(cursor, value.Type);
        if (type == typeof(string))
        {
            var comparison = Expression.Call(StringCompare, value, constant);
            return wantGreater
                ? Expression.GreaterThanOrEqual(comparison, Expression.Constant(0))
                : Expression.LessThanOrEqual(comparison, Expression.Constant(0));
        }

        var (left, right) = (ComparableValue.Of(value), ComparableValue.Of(constant));
        return wantGreater ? Expression.GreaterThanOrEqual(left, right) : Expression.LessThanOrEqual(left, right);
    }

    private static BinaryExpression? CompareStrict(Expression value, object cursor, bool wantGreater, Func<object?, Type, Expression> bind)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type == typeof(bool))
        {
            var flag = (bool)cursor;
            if (wantGreater == flag)
            {
                return null;
            }

            return Expression.Equal(value, Expression.Constant(wantGreater, value.Type));
        }

        var constant = bind(cursor, value.Type);
        if (type == typeof(string))
        {
            var comparison = Expression.Call(StringCompare, value, constant);
            return wantGreater
                ? Expression.GreaterThan(comparison, Expression.Constant(0))
                : Expression.LessThan(comparison, Expression.Constant(0));
        }

        var (left, right) = (ComparableValue.Of(value), ComparableValue.Of(constant));
        return wantGreater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private static Expression Equal(Expression value, object? cursor, Func<object?, Type, Expression> bind) =>
        cursor is null ? IsNull(value) : Expression.Equal(value, bind(cursor, value.Type));

    private static Expression IsNull(Expression value) =>
        value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(value, Expression.Constant(null, value.Type));

    private static Expression NotNull(Expression value) =>
        value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? Expression.Constant(true)
            : Expression.NotEqual(value, Expression.Constant(null, value.Type));
}
