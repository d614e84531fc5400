using System.Linq.Expressions;
using System.Reflection;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>The member a batched list is ordered by (before the child key), always read by the projection.</summary>
internal sealed record ChildOrder(string Member, PropertyInfo Property)
{
    public static ChildOrder Of<TChild>(Expression<Func<TChild, object?>> member)
    {
        var name = ProjectionMetadata.MemberName(member);
        var property = typeof(TChild).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{typeof(TChild).Name} has no property {name}.", nameof(member));
        return new ChildOrder(name, property);
    }

    /// <summary>Strings compare ordinally, as SQLite's default collation does; everything else by its own order.</summary>
    private static readonly Comparer<object?> ValueComparer = Comparer<object?>.Create((a, b) =>
        a is string left && b is string right ? string.CompareOrdinal(left, right) : Comparer<object?>.Default.Compare(a, b));

    /// <summary>Children in this order, then by key.</summary>
    public static IReadOnlyList<object> Sort(IEnumerable<object> children, ChildOrder? order, EntityKey childKey)
    {
        var sorted = order is null
            ? children.OrderBy(childKey.ValueOf, ValueComparer)
            : children.OrderBy(order.Property.GetValue, ValueComparer).ThenBy(childKey.ValueOf, ValueComparer);
        return sorted.ToList();
    }
}
