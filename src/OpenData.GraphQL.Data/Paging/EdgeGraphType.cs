using GraphQL.Types;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>A <c>&lt;Field&gt;Edge</c> type: <c>cursor: String!</c>, <c>node: T!</c>.</summary>
public sealed class EdgeGraphType<TNodeGraph> : ObjectGraphType<EdgeResult>
    where TNodeGraph : IGraphType
{
    public EdgeGraphType(string name)
    {
        Name = name;
        Description = PagingDescriptions.Edge;
        Field(x => x.Cursor).Description(PagingDescriptions.Cursor);
        Field<NonNullGraphType<TNodeGraph>>("node").Description(PagingDescriptions.Node).Resolve(c => c.Source.Node);
    }
}
