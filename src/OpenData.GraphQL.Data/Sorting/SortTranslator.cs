using System.Collections;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.GraphQL.Data.Collation;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Sorting;

/// <summary>
/// Turns an <c>order</c> argument into sort keys, always ending with the primary key so the order is total,
/// and applies them to a query. Nulls sort first ascending and last descending on every provider.
/// </summary>
public sealed class SortTranslator(IModel? model = null, bool explicitNullOrdering = false)
{
    /// <summary>The keys of <paramref name="order"/> (a list of <c>SortInput</c> dictionaries) plus the primary key.</summary>
    public IReadOnlyList<SortKey> Keys<TEntity>(object? order)
        where TEntity : class
    {
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var keys = new List<SortKey>();
        foreach (var element in order is IEnumerable list and not IDictionary ? list.Cast<object?>() : [order])
        {
            if (element is IDictionary<string, object?> input)
            {
                Collect(typeof(TEntity), parameter, parameter, "", input, keys, throughNavigation: false);
            }
        }

        foreach (var property in KeyProperties(typeof(TEntity)))
        {
            var path = EntityMembers.FieldName(property);
            if (!keys.Any(k => k.Path == path))
            {
                var access = Expression.Property(parameter, property);
                keys.Add(new SortKey(
                    path, Expression.Lambda(access, parameter), false, IsNullable(model?.FindEntityType(typeof(TEntity))?.FindProperty(property), access.Type, false), model.CollationOf(typeof(TEntity), property)));
            }
        }

        return keys;
    }

    /// <summary>
    /// A short stable fingerprint of an order over an entity type, stored in cursors. A text key sorted by a collation
    /// carries the collation's name, so a cursor issued when that column sorted otherwise (or by another collation) no
    /// longer matches; orders without collated keys keep the fingerprint they always had.
    /// </summary>
    public static string Fingerprint(Type entityType, IEnumerable<SortKey> keys) => ComputeFingerprint(entityType, keys, withCollations: true);

    /// <summary>The fingerprint the same order had before its text keys were collated (binary order).</summary>
    internal static string BinaryFingerprint(Type entityType, IEnumerable<SortKey> keys) => ComputeFingerprint(entityType, keys, withCollations: false);

    private static string ComputeFingerprint(Type entityType, IEnumerable<SortKey> keys, bool withCollations)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var text = entityType.FullName + "|" + string.Join('|', keys.Select(k =>
            k.Path + (withCollations && k.Collation is not null ? "@" + k.Collation : "") + (k.Descending ? ":DESC" : ":ASC")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6);
    }

    /// <summary>Orders <paramref name="query"/> by <paramref name="keys"/>, or by their reverse.</summary>
    public IQueryable<TEntity> Apply<TEntity>(IQueryable<TEntity> query, IReadOnlyList<SortKey> keys, bool reverse = false)
    {
        var expression = query.Expression;
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending != reverse;
            if (explicitNullOrdering && key.Nullable)
            {
                var isNotNull = Expression.Lambda(
                    Expression.NotEqual(key.Selector.Body, Expression.Constant(null, key.ValueType)), key.Selector.Parameters);
                expression = Order(expression, typeof(TEntity), isNotNull, descending, first);
                first = false;
            }

            expression = Order(expression, typeof(TEntity), key.Selector, descending, first);
            first = false;
        }

        return query.Provider.CreateQuery<TEntity>(expression);
    }

    private static MethodCallExpression Order(Expression source, Type entityType, LambdaExpression selector, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), method, [entityType, selector.ReturnType], source, Expression.Quote(selector));
    }

    private void Collect(
        Type entityType, ParameterExpression root, Expression instance, string prefix,
        IDictionary<string, object?> input, List<SortKey> keys, bool throughNavigation)
    {
        foreach (var (field, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            var member = EntityMembers.Find(entityType, field)
                ?? throw new InvalidOperationException($"{entityType.Name} has no sortable member '{field}'.");
            var access = member.Access(instance);
            var path = prefix + field;
            if (value is IDictionary<string, object?> nested)
            {
                Collect(member.ValueType, root, access, path + ".", nested, keys, throughNavigation: true);
                continue;
            }

            if (throughNavigation && access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null)
            {
                access = Expression.Convert(access, typeof(Nullable<>).MakeGenericType(access.Type));
            }

            if (keys.Any(k => k.Path == path))
            {
                continue;
            }

            var descending = value is SortDirection.Descending;
            var mapped = member.MappedProperty(model, entityType);
            keys.Add(new SortKey(
                path, Expression.Lambda(access, root), descending, member.HasOptionalOwner || IsNullable(mapped, access.Type, throughNavigation),
                TextCollationModelBuilderExtensions.CollationOf(mapped)));
        }
    }

    private static bool IsNullable(IReadOnlyProperty? mapped, Type valueType, bool throughNavigation)
    {
        if (valueType.IsValueType && Nullable.GetUnderlyingType(valueType) is null)
        {
            return throughNavigation;
        }

        if (throughNavigation)
        {
            return true;
        }

        return mapped?.IsNullable ?? true;
    }

    private IEnumerable<string> KeyProperties(Type entityType)
    {
        var primaryKey = model?.FindEntityType(entityType)?.FindPrimaryKey();
        if (primaryKey is not null)
        {
            return primaryKey.Properties.Select(p => p.Name);
        }

        var key = EntityMembers.KeyProperty(entityType)
            ?? throw new InvalidOperationException($"{entityType.Name} has no key; mark one property with [Key] or name it Id.");
        return [key.Name];
    }
}
