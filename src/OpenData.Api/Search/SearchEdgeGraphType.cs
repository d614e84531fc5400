using GraphQL.Types;

namespace OpenData.Api.Search;

/// <summary><c>SearchEdge</c>: a hit with its cursor.</summary>
public sealed class SearchEdgeGraphType : ObjectGraphType<SearchHit>
{
    public SearchEdgeGraphType()
    {
        Name = "SearchEdge";
        Description = "Un resultado de la página con su cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Cursor opaco del resultado; úselo en `after` para pedir los siguientes.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<SearchHitGraphType>>("node").Description("El resultado.").Resolve(context => context.Source);
    }
}
