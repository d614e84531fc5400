namespace OpenData.GraphQL.Data.Paging;

/// <summary>Spanish descriptions of the paging arguments and types.</summary>
internal static class PagingDescriptions
{
    public static string First(int defaultSize, int maxSize) =>
        $"Devuelve los primeros _n_ elementos de la lista (por omisión {defaultSize}, máximo {maxSize}).";

    public const string After = "Devuelve los elementos que siguen al cursor indicado.";

    public static string Last(int maxSize) => $"Devuelve los últimos _n_ elementos de la lista (máximo {maxSize}).";

    public const string Before = "Devuelve los elementos anteriores al cursor indicado.";
    public const string Skip = "Número de elementos que se omiten desde el principio.";

    public static string Take(int defaultSize, int maxSize) =>
        $"Número de elementos que se devuelven (por omisión {defaultSize}, máximo {maxSize}).";

    public const string Where = "Filtro de los elementos.";
    public const string Order = "Orden de los elementos; el id se añade siempre como último criterio.";
    public const string Connection = "Una página de resultados con cursores (conexión Relay).";
    public const string Edge = "Un elemento de la página con su cursor.";
    public const string Edges = "Los elementos de la página con sus cursores.";
    public const string Nodes = "Los elementos de la página.";
    public const string Cursor = "Cursor opaco del elemento; úselo en `after` o `before`.";
    public const string Node = "El elemento.";
    public const string PageInfo = "Información para pedir la página siguiente o la anterior.";
    public const string TotalCount = "Número total de elementos que cumplen el filtro (se calcula solo si se pide).";
    public const string Segment = "Una página de resultados por desplazamiento (`skip`/`take`).";
    public const string Items = "Los elementos de la página.";
}
