using GraphQL.Types;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>A <c>&lt;Field&gt;CollectionSegment</c> type: pageInfo, items, totalCount.</summary>
public sealed class CollectionSegmentGraphType<TNodeGraph> : ObjectGraphType<CollectionSegmentResult>
    where TNodeGraph : IGraphType
{
    public CollectionSegmentGraphType(string name)
    {
        Name = name;
        Description = PagingDescriptions.Segment;
        Field<NonNullGraphType<CollectionSegmentInfoGraphType>>("pageInfo").Description(PagingDescriptions.PageInfo).Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TNodeGraph>>>("items").Description(PagingDescriptions.Items).Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description(PagingDescriptions.TotalCount)
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
