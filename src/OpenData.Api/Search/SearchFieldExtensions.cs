using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.GraphQL.Data.Paging;

namespace OpenData.Api.Search;

/// <summary>
/// Declares <c>search(text, types, first, after): SearchConnection!</c> on the query root; it pages with the engine's page
/// sizes (<see cref="PageSizes"/>), as the collections do.
/// </summary>
public static class SearchFieldExtensions
{
    public static void SearchField(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<SearchConnectionGraphType>>("search")
            .Description(
                "Búsqueda de texto en todas las colecciones: títulos, nombres, resúmenes, misión y visión, objetivos, políticas, "
                + "definiciones del glosario, fuentes y notas. Resultados por relevancia (bm25; una coincidencia en el título o nombre pesa "
                + "5 veces más que en el resto del texto; empates por tipo y slug). No distingue mayúsculas ni acentos, ñ incluida "
                + "(\"penon blanco\" encuentra «Peñón Blanco»). Deben aparecer todas las palabras; la última palabra fuera de comillas vale "
                + "como prefijo (\"viol\" encuentra «violencia»); el texto entre comillas dobles es una frase exacta; fuera de comillas se "
                + "omiten las palabras muy comunes (de, la, el, y, en, los, del, para…). Los signos (* : - ( ) ^) separan palabras y nunca "
                + "son operadores.")
            .Argument<NonNullGraphType<StringGraphType>>("text",
                $"Texto a buscar (máximo {SearchQuery.MaxLength} caracteres). Vacío, solo espacios o solo palabras muy comunes es el error SEARCH_TEXT_EMPTY.")
            .Argument<ListGraphType<NonNullGraphType<SearchableTypeGraphType>>>("types",
                "Limita la búsqueda a estos tipos de registro; sin él (o con una lista vacía) busca en todos.")
            .Argument<IntGraphType>("first", $"Devuelve los primeros _n_ resultados (por omisión {PageSizes.Default}, máximo {PageSizes.Max}).")
            .Argument<StringGraphType>("after", "Devuelve los resultados que siguen al cursor indicado (de la misma búsqueda).")
            .ResolveAsync(async context => await ResolveAsync(context));
    }

    private static async Task<SearchPage> ResolveAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text");
        if (text.Length > SearchQuery.MaxLength)
        {
            throw SearchErrors.TooLong(text.Length);
        }

        var query = SearchQuery.Parse(text) ?? throw SearchErrors.Empty(text);
        var types = context.GetArgument<List<string>?>("types") is { Count: > 0 } requested
            ? requested.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : null;
        var first = context.GetArgument<int?>("first");
        PageSizeGuard.Check(context.ParentType.Name + "." + context.FieldDefinition.Name, "first", first, PageSizes.Max);
        var size = first ?? PageSizes.Default;
        var fingerprint = SearchCursor.Fingerprint(query.Match, types);
        var after = context.GetArgument<string?>("after");
        var offset = after is null ? 0 : SearchCursor.Decode(after, fingerprint) + 1;

        var reader = new SearchIndexReader(context.RequestServices!.GetRequiredService<IDbContextFactory<OpenDataDbContext>>());
        var (rows, total) = await reader.PageAsync(query, types, offset, size + 1, context.CancellationToken);
        var hits = rows.Take(size)
            .Select((row, i) => new SearchHit(
                row.Type, row.Slug, Math.Round(-row.Rank, 4, MidpointRounding.AwayFromZero), SearchSnippet.Publish(row.Snippet),
                SearchCursor.Encode(fingerprint, offset + i)))
            .ToList();
        var pageInfo = new PageInfoResult(rows.Count > size, offset > 0, hits.FirstOrDefault()?.Cursor, hits.LastOrDefault()?.Cursor);
        return new SearchPage(hits, pageInfo, total is { } counted ? _ => Task.FromResult(counted) : ct => reader.CountAsync(query, types, ct));
    }
}
