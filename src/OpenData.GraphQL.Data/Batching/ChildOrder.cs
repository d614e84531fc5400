using System.Linq.Expressions;
using System.Reflection;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>
/// The member a batched list is ordered by (before the child key), always read by the projection: a property
/// (<c>e =&gt; e.Title</c>) or a member of a flat value (<c>e =&gt; e.Date.Start</c>, which reads the value <c>Date</c>).
/// </summary>
internal sealed record ChildOrder(string Member, Func<object, object?> Read)
{
    public static ChildOrder Of<TChild>(Expression<Func<TChild, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (FlatValues.TryMember(member, out var owner, out var leaf))
        {
            var child = Expression.Parameter(typeof(object), "child");
            var read = FlatValues.Read(Expression.Convert(child, typeof(TChild)), owner, leaf);
            return new ChildOrder(owner.Name, Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), child).Compile());
        }

        var name = ProjectionMetadata.MemberName(member);
        var property = typeof(TChild).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{typeof(TChild).Name} has no property {name}.", nameof(member));
        return new ChildOrder(name, property.GetValue);
    }

    /// <summary>Strings compare ordinally, as SQLite's default collation does; everything else by its own order.</summary>
    private static readonly Comparer<object?> ValueComparer = Comparer<object?>.Create((a, b) =>
        a is string left && b is string right ? string.CompareOrdinal(left, right) : Comparer<object?>.Default.Compare(a, b));

    /// <summary>Children in this order, then by key.</summary>
    public static IReadOnlyList<object> Sort(IEnumerable<object> children, ChildOrder? order, EntityKey childKey)
    {
        var sorted = order is null
            ? children.OrderBy(childKey.ValueOf, ValueComparer)
            : children.OrderBy(order.Read, ValueComparer).ThenBy(childKey.ValueOf, ValueComparer);
        return sorted.ToList();
    }
}
