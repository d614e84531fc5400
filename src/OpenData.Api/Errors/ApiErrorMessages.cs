using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Errors;
using static OpenData.GraphQL.Http.Errors.ErrorLanguage;

namespace OpenData.Api.Errors;

/// <summary>
/// English texts for the errors the query engine (<see cref="DataErrorCodes"/>) and the API (<see cref="ApiErrorCodes"/>)
/// raise in Spanish, with the same parameters; the page-size error, raised in both languages at once, gets one text per
/// language. Same shape as the endpoint's <see cref="GraphQLErrorMessages"/>; the endpoint picks the language from
/// Accept-Language (Spanish unless English is preferred).
/// </summary>
public static class ApiErrorMessages
{
    private const string MaxPageSize = @"The maximum allowed items per page were exceeded\. / Se superó el máximo de elementos por página\.";

    /// <summary>Adds the engine's and the API's translations to <paramref name="catalog"/>.</summary>
    public static ErrorMessageCatalog AddApiMessages(this ErrorMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog
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
            .Add(DataErrorCodes.InvalidId, Spanish, @"El identificador '(?<id>.*)' no es un id global válido de tipo (?<type>\S+)\.",
                "The identifier '{id}' is not a valid global id of type {type}.")
            .Add(DataErrorCodes.TooManyGroups, Spanish, @"La agrupación da más de (?<max>\d+) grupos: filtre con `where` o agrupe por menos campos\.",
                "The grouping gives more than {max} groups: filter with `where` or group by fewer fields.")
            .Add(DataErrorCodes.InvalidGroupBy, Spanish, @"`groupBy` necesita de 1 a (?<max>\d+) campos distintos\.", "`groupBy` needs 1 to {max} distinct fields.")
            .Add(ApiErrorCodes.SearchTextEmpty, Spanish, @"El texto de búsqueda está vacío o solo tiene palabras muy comunes .*",
                "The search text is empty or has only very common words (de, la, el, y…) or signs; write at least one word with content.")
            .Add(ApiErrorCodes.SearchTextTooLong, Spanish, @"El texto de búsqueda tiene (?<length>\d+) caracteres; el máximo es (?<max>\d+)\.",
                "The search text has {length} characters; the maximum is {max}.")
            .Add(ApiErrorCodes.SearchIndexMissing, Spanish, @"La base de datos no tiene el índice de búsqueda; reconstrúyala con `seed build`\.",
                "The database has no search index; rebuild it with `seed build`.")
            .Add(DataErrorCodes.InvalidId, Spanish, @"'(?<id>.*)' no es un identificador global válido de este esquema \(base64 de «Tipo:slug»\)\.",
                "'{id}' is not a valid global id of this schema (base64 of «Type:slug»).")
            .Add(DataErrorCodes.InvalidId, Spanish, @"El identificador global '(?<id>.*)' es de tipo (?<actual>\S+), no (?<type>\S+)\.",
                "The global id '{id}' is of type {actual}, not {type}.")
            .Add(ApiErrorCodes.TooManyNodes, Spanish, @"Se pidieron (?<count>\d+) nodos; el máximo es (?<max>\d+)\.", "{count} nodes were requested; the maximum is {max}.")
            .Add(ApiErrorCodes.UnknownRelease, Spanish, @"«(?<since>.*)» no es una versión publicada ni una fecha AAAA-MM-DD \(aún no hay versiones publicadas\)\.",
                "«{since}» is neither a published release nor a YYYY-MM-DD date (no release has been published yet).")
            .Add(ApiErrorCodes.UnknownRelease, Spanish, @"«(?<since>.*)» no es una versión publicada ni una fecha AAAA-MM-DD \(versiones publicadas: (?<known>.*)\)\.",
                "«{since}» is neither a published release nor a YYYY-MM-DD date (published releases: {known}).")
            .Add(ApiErrorCodes.ExportNotFound, Spanish, @"No hay descarga «(?<file>.*)»\. Pide /export/<colección>\.<formato> o /export/(?<database>\S+)\.",
                "There is no download «{file}». Ask for /export/<collection>.<format> or /export/{database}.")
            .Add(ApiErrorCodes.NotFound, Spanish,
                @"No hay nada en «(?<path>.*)»\. La API GraphQL está en /graphql; el explorador, en /; el IDE, en /ide/; las descargas, en /export/…; el catálogo, en /catalog\.json\.",
                "There is nothing at «{path}». The GraphQL API is at /graphql; the explorer, at /; the IDE, at /ide/; the downloads, at /export/…; the catalogue, at /catalog.json.")
            .Add(ApiErrorCodes.IdeNotBundled, Spanish, @"Esta compilación no incluye el IDE \(src/explorer-ide no se empaquetó\); el explorador sencillo está en /\.",
                "This build does not include the IDE (src/explorer-ide was not bundled); the simple explorer is at /.")
            .Add(ApiErrorCodes.DatasetUnreadable, Spanish,
                @"La base de datos no se puede leer ahora mismo \(puede estar dañada\)\. El fallo quedó registrado con el requestId\.",
                "The database cannot be read right now (it may be damaged). The failure was logged with the requestId.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, Spanish, @"La petición no está bien formada en HTTP \(por ejemplo, una codificación por trozos inválida\)\.",
                "The request is not well-formed HTTP (for example, an invalid chunked encoding).");
    }
}
