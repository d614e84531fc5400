using GraphQL.Types;
using OpenData.GraphQL.Data.Paging;

namespace OpenData.Api.Search;

/// <summary><c>SearchConnection</c>: a Relay connection of hits, best first.</summary>
public sealed class SearchConnectionGraphType : ObjectGraphType<SearchPage>
{
    public SearchConnectionGraphType()
    {
        Name = "SearchConnection";
        Description = "Una página de resultados de la búsqueda de texto, del más relevante al menos relevante (conexión Relay).";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Información para pedir la página siguiente.")
            .Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<SearchEdgeGraphType>>>("edges")
            .Description("Los resultados de la página con sus cursores.")
            .Resolve(context => context.Source.Hits);
        Field<ListGraphType<NonNullGraphType<SearchHitGraphType>>>("nodes")
            .Description("Los resultados de la página.")
            .Resolve(context => context.Source.Hits);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Número total de registros encontrados (se calcula solo si se pide).")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }
}
