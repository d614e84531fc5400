using GraphQL;
using GraphQL.Types;
using OpenData.Api.Collections;
using OpenData.Api.Collections.Nodes;

namespace OpenData.Api.Search;

/// <summary><c>SearchHit</c>: the matched record (as <c>Node</c>), its score, its marked snippet and its type.</summary>
public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "Un resultado de la búsqueda de texto: el registro encontrado, su puntuación y un fragmento con las palabras encontradas marcadas.";
        Field<NonNullGraphType<NodeInterface>>("node")
            .Description("El registro encontrado; pida sus campos con fragmentos por tipo (`... on Policy { name }`). Se cargan en lote: una consulta por tipo.")
            .Resolve(context => Node(context));
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Relevancia (bm25 cambiado de signo, redondeado a 4 decimales): mayor es mejor. Solo sirve para comparar resultados de la misma búsqueda.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("Fragmento del título o del texto donde más coincide la búsqueda, en HTML seguro: el texto va escapado (&amp;, &lt;, &gt;), las palabras encontradas van entre <b> y </b>, y los puntos suspensivos (…) marcan texto recortado.")
            .Resolve(context => context.Source.Snippet);
        Field<NonNullGraphType<SearchableTypeGraphType>>("type")
            .Description("El tipo del registro encontrado.")
            .Resolve(context => context.Source.Type);
    }

    /// <summary>
    /// The hit's record, batched per type; when the selection asks only for <c>id</c> and <c>__typename</c>, which the
    /// hit's type and slug already give, a record holding only its slug, with no statement (the index is built from the
    /// records, in the same transaction, so the record exists).
    /// </summary>
    private static object? Node(IResolveFieldContext<SearchHit> context)
    {
        var hit = context.Source;
        if (IdentitySelection.AsksOnlyIdentity(context.FieldAst, context.Document)
            && ApiCollections.OfType(hit.Type)?.Identity(hit.Slug) is { } identity)
        {
            return identity;
        }

        return NodeLoaders.Load(context, hit.Type, hit.Slug);
    }
}
