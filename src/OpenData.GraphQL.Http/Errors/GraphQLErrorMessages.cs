using static OpenData.GraphQL.Http.Errors.ErrorLanguage;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Spanish texts for the endpoint's own errors (<see cref="GraphQLHttpErrorCodes"/>, raised in English) and for the
/// GraphQL.NET parse and validation errors a client meets most (raised in English by GraphQL.NET), with the same
/// parameters. Spanish is the default; <c>Accept-Language: en</c> keeps the English text.
/// </summary>
public static class GraphQLErrorMessages
{
    private const string Any = "(?<detail>.+)";

    /// <summary>
    /// The one wording of a rate-limit refusal (<see cref="GraphQLHttpErrorCodes.RateLimited"/>), raised in English by the
    /// endpoint's limiter and by any application limiter that answers with <see cref="ErrorBody"/>; its Spanish text is
    /// this catalogue's.
    /// </summary>
    public static string RateLimited(int seconds) => $"Too many requests from this address; retry in {seconds} s.";

    /// <summary>Adds the endpoint's and GraphQL.NET's translations to <paramref name="catalog"/>.</summary>
    public static ErrorMessageCatalog AddEndpointMessages(this ErrorMessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog
            .Add(GraphQLHttpErrorCodes.InvalidJson, English, @"The request body is not valid UTF-8 JSON\.", "El cuerpo de la solicitud no es JSON válido en UTF-8.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The 'query' parameter is required and must be a string\.", "Falta el parámetro 'query' o no es una cadena.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"'variables' or 'extensions' holds a value that cannot be read, such as invalid Unicode\.",
                "'variables' o 'extensions' contiene un valor que no se puede leer, como Unicode no válido.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The request body must be a JSON object\.", "El cuerpo de la solicitud debe ser un objeto JSON.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The parameter '(?<name>.+)' is given more than once\.", "El parámetro '{name}' aparece más de una vez.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The parameter '(?<name>.+)' must be a JSON object\.", "El parámetro '{name}' debe ser un objeto JSON.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The member '(?<name>.+)' must be a string\.", "El miembro '{name}' debe ser una cadena.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The member '(?<name>.+)' is not a valid Unicode string\.", "El miembro '{name}' no es una cadena Unicode válida.")
            .Add(GraphQLHttpErrorCodes.InvalidRequest, English, @"The member '(?<name>.+)' must be a JSON object\.", "El miembro '{name}' debe ser un objeto JSON.")
            .Add(GraphQLHttpErrorCodes.BatchingNotSupported, English, @"Batched requests \(a JSON array\) are not supported: send one request object per HTTP request\.",
                "No se admiten solicitudes en lote (un arreglo JSON): envíe un objeto de solicitud por cada solicitud HTTP.")
            .Add(GraphQLHttpErrorCodes.MethodNotAllowed, English, @"Method (?<method>\S+) is not allowed; use (?<allow>.+)\.", "El método {method} no está permitido; use {allow}.")
            .Add(GraphQLHttpErrorCodes.MethodNotAllowed, English, @"A (?<operation>\w+) operation cannot be sent with GET; use POST\.",
                "Una operación {operation} no se puede enviar con GET; use POST.")
            .Add(GraphQLHttpErrorCodes.OperationNotSupported, English, @"Subscriptions are not served over HTTP\.", "Las suscripciones no se atienden por HTTP.")
            .Add(GraphQLHttpErrorCodes.OperationNotSupported, English, @"This schema has no mutations\.", "Este esquema no tiene mutaciones.")
            .Add(GraphQLHttpErrorCodes.NotAcceptable, English, @"None of the Accept header's media types can be produced: accept (?<first>\S+) or (?<second>\S+)\.",
                "No se puede producir ninguno de los tipos de la cabecera Accept: acepte {first} o {second}.")
            .Add(GraphQLHttpErrorCodes.UnsupportedMediaType, English, @"Content-Type '(?<type>.*)' is not supported: send application/json\.",
                "El Content-Type '{type}' no se admite: envíe application/json.")
            .Add(GraphQLHttpErrorCodes.UnsupportedMediaType, English, @"Charset '(?<charset>.*)' is not supported: send UTF-8\.", "El charset '{charset}' no se admite: envíe UTF-8.")
            .Add(GraphQLHttpErrorCodes.RequestTooLarge, English, @"The request body is larger than (?<max>\d+) bytes\.", "El cuerpo de la solicitud supera los {max} bytes.")
            .Add(GraphQLHttpErrorCodes.DocumentTooLarge, English, @"The GraphQL document is longer than (?<max>\d+) characters\.", "El documento GraphQL supera los {max} caracteres.")
            .Add(GraphQLHttpErrorCodes.QueryTooDeep, English, @"The query is (?<depth>\d+) levels deep; the maximum is (?<max>\d+)\.",
                "La consulta tiene {depth} niveles de profundidad; el máximo es {max}.")
            .Add(GraphQLHttpErrorCodes.QueryTooDeep, English, @"The document nests deeper than the parser allows\.", "El documento anida más niveles de los que admite el analizador.")
            .Add(GraphQLHttpErrorCodes.QueryTooComplex, English,
                @"The query's complexity is (?<complexity>\d+); the maximum is (?<max>\d+)\. Request smaller pages \(first/last/take\) or fewer fields\.",
                "La complejidad de la consulta es {complexity}; el máximo es {max}. Pida páginas más pequeñas (first/last/take) o menos campos.")
            .Add(GraphQLHttpErrorCodes.QueryTooComplex, English, @"The query expands to more than (?<max>\d+) field selections through its fragments\.",
                "La consulta se expande a más de {max} selecciones de campos a través de sus fragmentos.")
            .Add(GraphQLHttpErrorCodes.Timeout, English, Any, "La consulta tardó más del tiempo permitido.")
            .Add(GraphQLHttpErrorCodes.RateLimited, English, @"Too many requests from this address; retry in (?<seconds>\d+) s\.",
                "Demasiadas solicitudes desde esta dirección; vuelva a intentarlo en {seconds} s.")
            .Add(GraphQLHttpErrorCodes.PersistedQueryNotFound, English, "PersistedQueryNotFound",
                "PersistedQueryNotFound: la consulta persistida no está en la caché; reenvíela con el texto de la consulta.")
            .Add(GraphQLHttpErrorCodes.PersistedQueryHashMismatch, English, @"extensions\.persistedQuery\.sha256Hash is not the SHA-256 hash of the query\.",
                "extensions.persistedQuery.sha256Hash no es el hash SHA-256 de la consulta.")
            .Add(GraphQLHttpErrorCodes.PersistedQueryNotSupported, English, @"Persisted query version (?<version>.+) is not supported; use version (?<supported>.+)\.",
                "La versión {version} de consulta persistida no se admite; use la versión {supported}.")
            .Add(GraphQLHttpErrorCodes.InternalServerError, English, @"An unexpected error occurred\. Quote the requestId when reporting it\.",
                "Ocurrió un error inesperado. Cite el requestId al informarlo.")
            .AddHardeningMessages()
            .AddGraphQLNetMessages();
    }

    /// <summary>English texts for the protective limits' messages (<see cref="HardeningMessages"/>, raised in Spanish).</summary>
    private static ErrorMessageCatalog AddHardeningMessages(this ErrorMessageCatalog catalog) => catalog
        .Add(GraphQLHttpErrorCodes.ResponseTooLarge, Spanish,
            @"La respuesta superaría (?<max>\d+) bytes, el máximo permitido\. Pide páginas más pequeñas \(first/last/take\) o menos campos\.",
            "The answer would exceed {max} bytes, the maximum allowed. Request smaller pages (first/last/take) or fewer fields.")
        .Add(GraphQLHttpErrorCodes.Timeout, Spanish,
            @"La respuesta no se terminó de preparar en (?<seconds>[\d.,]+) s, el tiempo máximo\. Pide menos datos por consulta\.",
            "The answer was not ready within {seconds} s, the time limit. Request less data per query.")
        .Add(GraphQLHttpErrorCodes.IntrospectionLimit, Spanish,
            @"La consulta pide la introspección del esquema \(__schema o __type\) (?<count>\d+) veces; el máximo por petición es (?<max>\d+)\.",
            "The query asks for schema introspection (__schema or __type) {count} times; the maximum per request is {max}.")
        .Add(GraphQLHttpErrorCodes.RequestTimeout, Spanish, @"El cuerpo de la petición llegó demasiado despacio; la conexión se cierra\.",
            "The request body arrived too slowly; the connection is closed.")
        .Add(GraphQLHttpErrorCodes.InvalidRequest, Spanish,
            @"El cuerpo de la petición no está bien formado en HTTP \(por ejemplo, una codificación por trozos inválida\)\.",
            "The request body is not well-formed HTTP (for example, an invalid chunked encoding).")
        .Add(GraphQLHttpErrorCodes.ValueOutOfRange, English, @"(?!El valor ).+", "Un valor está fuera del intervalo que admite su tipo o su campo.")
        .Add(GraphQLHttpErrorCodes.ValueOutOfRange, Spanish, @"El valor (?<value>\S+) del filtro sobre `(?<field>[^`]+)` está fuera del intervalo que el campo puede guardar\.",
            "The value {value} of the filter on `{field}` is outside the range the field can hold.")
        .Add(GraphQLHttpErrorCodes.InvalidFormat, English, @".+", "Un valor no tiene el formato que su tipo espera.");

    /// <summary>GraphQL.NET's parse error and its most frequent validation errors (codes as GraphQL.NET names them).</summary>
    private static ErrorMessageCatalog AddGraphQLNetMessages(this ErrorMessageCatalog catalog) => catalog
        .Add(GraphQLValidationErrorCodes.SyntaxError, English, @"Error parsing query: (?<detail>.+)", "Error de sintaxis en la consulta: {detail}")
        .Add(GraphQLValidationErrorCodes.FieldsOnCorrectType, English, @"Cannot query field '(?<field>[^']+)' on type '(?<type>[^']+)'\.(?<rest>.*)",
            "No se puede consultar el campo '{field}' en el tipo '{type}'.")
        .Add(GraphQLValidationErrorCodes.KnownArgumentNames, English, @"Unknown argument '(?<argument>[^']+)' on field '(?<field>[^']+)'\.",
            "Argumento desconocido '{argument}' en el campo '{field}'.")
        .Add(GraphQLValidationErrorCodes.KnownTypeNames, English, @"Unknown type '(?<type>[^']+)'\.(?<rest>.*)", "Tipo desconocido '{type}'.")
        .Add(GraphQLValidationErrorCodes.ProvidedNonNullArguments, English, @"Argument '(?<argument>[^']+)' of type '(?<type>[^']+)' is required for field '(?<field>[^']+)' but not provided\.",
            "El argumento '{argument}' de tipo '{type}' es obligatorio en el campo '{field}' y no se indicó.")
        .Add(GraphQLValidationErrorCodes.ScalarLeafs, English, @"Field '(?<field>[^']+)' of type '(?<type>[^']+)' must have a selection of subfields\..*",
            "El campo '{field}' de tipo '{type}' necesita una selección de subcampos.")
        .Add(GraphQLValidationErrorCodes.ScalarLeafs, English, @"Field '(?<field>[^']+)' must not have a selection since type '(?<type>[^']+)' has no subfields\.",
            "El campo '{field}' no admite selección: el tipo '{type}' no tiene subcampos.")
        .Add(GraphQLValidationErrorCodes.NoUndefinedVariables, English, @"Variable '\$(?<name>[^']+)' is not defined(?: by operation '(?<operation>[^']+)')?\.",
            "La variable '${name}' no está definida.")
        .Add(GraphQLValidationErrorCodes.ArgumentsOfCorrectType, English, @"Argument '(?<argument>[^']+)' has invalid value\.(?<rest>.*)", "El argumento '{argument}' tiene un valor no válido.")
        .Add(GraphQLHttpErrorCodes.InvalidValue, English, @"Variable '\$(?<name>[^']+)' is invalid\.(?<rest>.*)", "La variable '${name}' no es válida.");
}
