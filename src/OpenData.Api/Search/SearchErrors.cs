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

    public static void CheckPageSize(string coordinate, int? first, int maxAllowed)
    {
        if (first is not { } size)
        {
            return;
        }

        if (size < 0)
        {
            throw new DataError(
                DataErrorCodes.NegativePageSize,
                "El argumento `first` no puede ser negativo.",
                new Dictionary<string, object?> { ["coordinate"] = coordinate, ["argument"] = "first", ["requestedItems"] = size });
        }

        if (size > maxAllowed)
        {
            throw new DataError(
                DataErrorCodes.MaxPageSizeExceeded,
                "The maximum allowed items per page were exceeded. / Se superó el máximo de elementos por página.",
                new Dictionary<string, object?> { ["coordinate"] = coordinate, ["requestedItems"] = size, ["maxAllowedItems"] = maxAllowed });
        }
    }
}
