using System.Linq.Expressions;

namespace OpenData.GraphQL.Data.Sorting;

/// <summary>
/// One key of a total order: the member path from the entity, its direction, whether it can be null, and the
/// collation its column sorts by (null: the store's binary order).
/// </summary>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending, bool Nullable, string? Collation = null)
{
    public Type ValueType => Selector.ReturnType;
}
