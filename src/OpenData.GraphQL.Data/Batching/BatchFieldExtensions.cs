using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>One-line batched relation fields: one SQL statement per level, whatever the number of parents.</summary>
public static class BatchFieldExtensions
{
    /// <summary>
    /// Resolves a to-many navigation (one-to-many or many-to-many) of all parents of the level in one query,
    /// projecting only the selected columns of the children, ordered by <paramref name="orderBy"/> (when given)
    /// and then by the child key.
    /// <code>Field&lt;NonNullGraphType&lt;ListGraphType&lt;NonNullGraphType&lt;SourceType&gt;&gt;&gt;&gt;("sources").Description("…").ResolveBatch(x =&gt; x.Sources);</code>
    /// </summary>
    public static FieldBuilder<TParent, object> ResolveBatch<TParent, TChild>(
        this FieldBuilder<TParent, object> builder, Expression<Func<TParent, IEnumerable<TChild>>> navigation,
        Expression<Func<TChild, object?>>? orderBy = null)
        where TParent : class
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = ProjectionMetadata.MemberName(navigation);
        var order = orderBy is null ? null : ChildOrder.Of(orderBy);
        ProjectionMetadata.MarkRequires(builder.FieldType);
        return builder.Resolve(context => NavigationBatch.LoadList<TParent, TChild>(context, name, order)!);
    }

    /// <summary>Resolves a to-one navigation of all parents of the level in one query.</summary>
    public static FieldBuilder<TParent, object> ResolveBatchReference<TParent, TChild>(
        this FieldBuilder<TParent, object> builder, Expression<Func<TParent, TChild?>> navigation)
        where TParent : class
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = ProjectionMetadata.MemberName(navigation);
        ProjectionMetadata.MarkRequires(builder.FieldType);
        return builder.Resolve(context => NavigationBatch.LoadReference<TParent, TChild>(context, name)!);
    }

    /// <summary>
    /// Loads an entity by its primary key, batched with the other loads of the same entity type in the request
    /// (for <c>node</c>/<c>nodes</c>). The key may be the raw key text of a decoded global id.
    /// </summary>
    public static IDataLoaderResult<object?> LoadEntity<TEntity>(this IResolveFieldContext context, object key)
        where TEntity : class =>
        (IDataLoaderResult<object?>)NavigationBatch.LoadEntity<TEntity>(context, key);
}
