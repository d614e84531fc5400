using System.Linq.Expressions;
using GraphQL.Builders;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>One-line batched relations by key: the children whose property equals the parent's key, one SQL statement per level.</summary>
public static class KeyBatchFieldExtensions
{
    /// <summary>
    /// Resolves the <typeparamref name="TChild"/> records whose <paramref name="foreignKey"/> equals the parent's key
    /// (and that match <paramref name="filter"/>), for every parent of the level in one query, ordered by
    /// <paramref name="orderBy"/> when given, then by the child key.
    /// <code>Field&lt;…&lt;CentreType&gt;…&gt;("centres").ResolveBatchByKey&lt;Municipality, Centre&gt;(c =&gt; c.MunicipalityId);</code>
    /// </summary>
    public static FieldBuilder<TParent, object> ResolveBatchByKey<TParent, TChild>(
        this FieldBuilder<TParent, object> builder,
        Expression<Func<TChild, object?>> foreignKey,
        Expression<Func<TChild, bool>>? filter = null,
        Expression<Func<TChild, object?>>? orderBy = null)
        where TParent : class
        where TChild : class =>
        builder.ResolveBatchByKey<TParent, TChild>(foreignKey, filter, orderBy, []);

    /// <summary>
    /// As <see cref="ResolveBatchByKey{TParent, TChild}(FieldBuilder{TParent, object}, Expression{Func{TChild, object?}}, Expression{Func{TChild, bool}}?, Expression{Func{TChild, object?}}?)"/>,
    /// also reading <paramref name="alwaysRead"/> of every child whatever the query selects (for a resolver that filters
    /// or maps the children afterwards).
    /// </summary>
    public static FieldBuilder<TParent, object> ResolveBatchByKey<TParent, TChild>(
        this FieldBuilder<TParent, object> builder,
        Expression<Func<TChild, object?>> foreignKey,
        Expression<Func<TChild, bool>>? filter,
        Expression<Func<TChild, object?>>? orderBy,
        params Expression<Func<TChild, object?>>[] alwaysRead)
        where TParent : class
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(alwaysRead);
        var name = ProjectionMetadata.MemberName(foreignKey);
        var order = orderBy is null ? null : ChildOrder.Of(orderBy);
        var read = alwaysRead.Select(ProjectionMetadata.MemberName).ToArray();
        ProjectionMetadata.MarkRequires(builder.FieldType);
        return builder.Resolve(context => KeyBatch.LoadList<TParent, TChild>(context, name, filter, order, read)!);
    }
}
