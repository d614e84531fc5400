using System.Linq.Expressions;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// Builds <c>x =&gt; new EdgeResult(node(x), new object[] { key0(x), key1(x), … })</c>, or <c>new EdgeResult(node(x), null)</c>
/// without keys (a page whose selection reads no cursor: its key columns are neither read again nor boxed).
/// </summary>
internal static class RowProjection
{
    private static readonly System.Reflection.ConstructorInfo RowConstructor =
        typeof(EdgeResult).GetConstructor(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, [typeof(object), typeof(object[])])!;

    public static Expression<Func<TEntity, EdgeResult>> Build<TEntity>(LambdaExpression node, IReadOnlyList<SortKey> keys)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var nodeBody = ParameterReplacer.Replace(node, parameter);
        var keyValues = keys.Select(k => (Expression)Expression.Convert(ParameterReplacer.Replace(k.Selector, parameter), typeof(object)));
        var body = Expression.New(
            RowConstructor,
            Expression.Convert(nodeBody, typeof(object)),
            keys.Count == 0 ? Expression.Constant(null, typeof(object[])) : Expression.NewArrayInit(typeof(object), keyValues));
        return Expression.Lambda<Func<TEntity, EdgeResult>>(body, parameter);
    }
}
