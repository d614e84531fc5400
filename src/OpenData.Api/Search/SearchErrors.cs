using OpenData.GraphQL.Data.Errors;

namespace OpenData.Api.Search;

/// <summary>
/// The field errors of <c>search</c>. Page sizes and cursors use the query engine's codes and extensions
/// (<see cref="DataErrorCodes"/>), so clients handle them the same way as on any collection.
/// </summary>
internal static class SearchErrors
{
    /// <summary><c>text</c> is empty, only spaces or punctuation, or only very common words.</summary>
    public const string TextEmpty = "SEARCH_TEXT_EMPTY";

    /// <summary><c>text</c> is longer than <see cref="SearchQuery.MaxLength"/>.</summary>
    public const string TextTooLong = "SEARCH_TEXT_TOO_LONG";

    /// <summary>The database was built without the search index (rebuild it with <c>seed build</c>).</summary>
    public const string IndexMissing = "SEARCH_INDEX_MISSING";

    public static DataError Empty(string text) => new(
        TextEmpty,
        "El texto de búsqueda está vacío o solo tiene palabras muy comunes (de, la, el, y…) o signos; escriba al menos una palabra con contenido.",
        new Dictionary<string, object?> { ["argument"] = "text", ["text"] = text });

    public static DataError TooLong(int length) => new(
        TextTooLong,
        $"El texto de búsqueda tiene {length} caracteres; el máximo es {SearchQuery.MaxLength}.",
        new Dictionary<string, object?> { ["argument"] = "text", ["length"] = length, ["maxLength"] = SearchQuery.MaxLength });

    public static DataError Missing() => new(
        IndexMissing,
        "La base de datos no tiene el índice de búsqueda; reconstrúyala con `seed build`.");
}
