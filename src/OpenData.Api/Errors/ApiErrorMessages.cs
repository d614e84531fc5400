using OpenData.Api.Search;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Http.Errors;
using static OpenData.GraphQL.Http.Errors.ErrorLanguage;

namespace OpenData.Api.Errors;

/// <summary>
/// English texts for the errors the query engine (<see cref="DataErrorCodes"/>) and the search (<see cref="SearchErrors"/>)
/// raise in Spanish, with the same parameters; the page-size error, raised in both languages at once, gets one text per
/// language. The endpoint picks the language from Accept-Language (Spanish unless English is preferred).
/// </summary>
public static class ApiErrorMessages
{
    private const string MaxPageSize = @"The maximum allowed items per page were exceeded\. / Se superó el máximo de elementos por página\.";

    public static void Add(ErrorMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog
            .Add(DataErrorCodes.NullFilterValue, Spanish, @"El valor del filtro `(?<operation>[^`]+)` de tipo (?<type>\S+) no es válido: no admite null\.",
                "The value of the `{operation}` filter of type {type} is not valid: it does not accept null.")
            .Add(DataErrorCodes.MaxPageSizeExceeded, English, MaxPageSize, "Se superó el máximo de elementos por página.")
            .Add(DataErrorCodes.MaxPageSizeExceeded, Spanish, MaxPageSize, "The maximum allowed items per page were exceeded.")
            .Add(DataErrorCodes.ValueTooPrecise, Spanish, @"El valor (?<value>\S+) del filtro sobre `(?<field>[^`]+)` tiene más decimales de los que el campo guarda\.",
                "The value {value} of the filter on `{field}` has more decimals than the field keeps.")
            .Add(DataErrorCodes.NegativePageSize, Spanish, @"El argumento `(?<argument>\w+)` no puede ser negativo\.", "The `{argument}` argument cannot be negative.")
            .Add(DataErrorCodes.InvalidCursor, Spanish, @"El cursor de `(?<argument>\w+)` no es válido\.", "The `{argument}` cursor is not valid.")
            .Add(DataErrorCodes.CursorOrderMismatch, Spanish, @"El cursor de `(?<argument>\w+)` pertenece a otro orden \(`order`\); use cursores obtenidos con el mismo orden\.",
                "The `{argument}` cursor belongs to another order (`order`); use cursors obtained with the same order.")
            .Add(DataErrorCodes.CursorOrderMismatch, Spanish,
                @"El cursor de `(?<argument>\w+)` pertenece a otra búsqueda \(otro `text` u otros `types`\); use cursores obtenidos con la misma búsqueda\.",
                "The `{argument}` cursor belongs to another search (another `text` or other `types`); use cursors obtained with the same search.")
            .Add(DataErrorCodes.CursorCollationChanged, Spanish,
                @"El cursor de `(?<argument>\w+)` se emitió cuando el texto se ordenaba de otra manera \(por código de carácter, no en orden alfabético\); vuelva a pedir la primera página sin `\w+`\.",
                "The `{argument}` cursor was issued when text sorted differently (by character code, not alphabetically); ask for the first page again without `{argument}`.")
            .Add(DataErrorCodes.InvalidGlobalId, Spanish, @"El identificador '(?<id>.*)' no es un id global válido de tipo (?<type>\S+)\.",
                "The identifier '{id}' is not a valid global id of type {type}.")
            .Add(DataErrorCodes.TooManyGroups, Spanish, @"La agrupación da más de (?<max>\d+) grupos: filtre con `where` o agrupe por menos campos\.",
                "The grouping gives more than {max} groups: filter with `where` or group by fewer fields.")
            .Add(DataErrorCodes.InvalidGroupBy, Spanish, @"`groupBy` necesita de 1 a (?<max>\d+) campos distintos\.", "`groupBy` needs 1 to {max} distinct fields.")
            .Add(SearchErrors.TextEmpty, Spanish, @"El texto de búsqueda está vacío o solo tiene palabras muy comunes .*",
                "The search text is empty or has only very common words (de, la, el, y…) or signs; write at least one word with content.")
            .Add(SearchErrors.TextTooLong, Spanish, @"El texto de búsqueda tiene (?<length>\d+) caracteres; el máximo es (?<max>\d+)\.",
                "The search text has {length} characters; the maximum is {max}.")
            .Add(SearchErrors.IndexMissing, Spanish, @"La base de datos no tiene el índice de búsqueda; reconstrúyala con `seed build`\.",
                "The database has no search index; rebuild it with `seed build`.");
    }
}
