using GraphQL.Types;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>The shared <c>CollectionSegmentInfo</c> type of offset paging.</summary>
public sealed class CollectionSegmentInfoGraphType : ObjectGraphType<CollectionSegmentInfoResult>
{
    public CollectionSegmentInfoGraphType()
    {
        Name = "CollectionSegmentInfo";
        Description = "Información sobre la paginación por desplazamiento.";
        Field(x => x.HasNextPage).Description("Indica si hay más elementos después de esta página.");
        Field(x => x.HasPreviousPage).Description("Indica si hay elementos antes de esta página.");
    }
}
