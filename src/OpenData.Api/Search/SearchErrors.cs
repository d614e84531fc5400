using OpenData.Api.Errors;
using OpenData.GraphQL.Data.Errors;

namespace OpenData.Api.Search;

/// <summary>
/// The field errors of <c>search</c>. Page sizes and cursors use the query engine's codes and extensions
/// (<see cref="DataErrorCodes"/>), so clients handle them the same way as on any collection.
/// </summary>
internal static class SearchErrors
{
    public static DataError Empty(string text) => new(
        ApiErrorCodes.SearchTextEmpty,
        "El texto de búsqueda está vacío o solo tiene palabras muy comunes (de, la, el, y…) o signos; escriba al menos una palabra con contenido.",
        new Dictionary<string, object?> { ["argument"] = "text", ["text"] = text });

    public static DataError TooLong(int length) => new(
        ApiErrorCodes.SearchTextTooLong,
        $"El texto de búsqueda tiene {length} caracteres; el máximo es {SearchQuery.MaxLength}.",
        new Dictionary<string, object?> { ["argument"] = "text", ["length"] = length, ["maxLength"] = SearchQuery.MaxLength });

    public static DataError Missing() => new(
        ApiErrorCodes.SearchIndexMissing,
        "La base de datos no tiene el índice de búsqueda; reconstrúyala con `seed build`.");
}
