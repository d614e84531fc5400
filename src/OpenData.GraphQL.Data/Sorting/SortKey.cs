using System.Linq.Expressions;

namespace OpenData.GraphQL.Data.Sorting;

/// <summary>One key of a total order: the member path from the entity, its direction and whether it can be null.</summary>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending, bool Nullable)
{
    public Type ValueType => Selector.ReturnType;
}
