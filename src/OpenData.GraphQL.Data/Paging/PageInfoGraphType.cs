using GraphQL.Types;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>The shared Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfoResult>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Información sobre la paginación de una conexión.";
        Field(x => x.HasNextPage).Description("Indica si hay más elementos después de esta página.");
        Field(x => x.HasPreviousPage).Description("Indica si hay elementos antes de esta página.");
        Field(x => x.StartCursor, nullable: true).Description("Cursor del primer elemento de la página.");
        Field(x => x.EndCursor, nullable: true).Description("Cursor del último elemento de la página.");
    }
}
