using GraphQL.Types;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>A <c>&lt;Field&gt;Connection</c> type: pageInfo, edges, nodes, totalCount.</summary>
public sealed class ConnectionGraphType<TNodeGraph> : ObjectGraphType<ConnectionResult>
    where TNodeGraph : IGraphType
{
    public ConnectionGraphType(string name, string edgeName)
    {
        Name = name;
        Description = PagingDescriptions.Connection;
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description(PagingDescriptions.PageInfo).Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(new EdgeGraphType<TNodeGraph>(edgeName))))
            .Description(PagingDescriptions.Edges)
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraph>>>("nodes").Description(PagingDescriptions.Nodes).Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description(PagingDescriptions.TotalCount)
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
