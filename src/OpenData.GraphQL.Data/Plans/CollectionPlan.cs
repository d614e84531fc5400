using System.Linq.Expressions;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// What a collection field needs that does not depend on the request's values, built once per query shape: the sort
/// keys with their cursor fingerprint, and the projection of the selected columns (with the key values a cursor
/// needs). Values (filter operands, cursors, page sizes) never enter a plan; each request binds its own.
/// </summary>
internal sealed class CollectionPlan(IReadOnlyList<SortKey> keys, string fingerprint, bool selectsRows, LambdaExpression? node, LambdaExpression? row)
{
    /// <summary>The order's keys, ending with the primary key.</summary>
    public IReadOnlyList<SortKey> Keys { get; } = keys;

    /// <summary>The fingerprint cursors of this order carry (<see cref="SortTranslator.Fingerprint"/>).</summary>
    public string Fingerprint { get; } = fingerprint;

    /// <summary>False when the selection asks for no rows (only <c>totalCount</c> or aggregates): no page is read.</summary>
    public bool SelectsRows { get; } = selectsRows;

    /// <summary>The node projection (<c>x =&gt; new T { selected members }</c>); null when no rows are selected.</summary>
    public LambdaExpression? Node { get; } = node;

    /// <summary>For cursor paging, <c>x =&gt; new EdgeResult(node(x), keys(x))</c>; null for offset paging.</summary>
    public LambdaExpression? Row { get; } = row;
}
