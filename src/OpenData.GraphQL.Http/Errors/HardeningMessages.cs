namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// The messages of the endpoint's protective limits (timeouts, sizes, introspection, client faults, rate limits), in
/// Spanish and kept together so that they can be localised.
/// </summary>
internal static class HardeningMessages
{
    public static string ResponseTooLarge(int maxBytes) =>
        $"La respuesta superaría {maxBytes} bytes, el máximo permitido. Pide páginas más pequeñas (first/last/take) o menos campos.";

    public static string TimeoutWhileWriting(TimeSpan timeout) =>
        $"La respuesta no se terminó de preparar en {timeout.TotalSeconds:0.#} s, el tiempo máximo. Pide menos datos por consulta.";

    public static string TooMuchIntrospection(double count, int max) =>
        $"La consulta pide la introspección del esquema (__schema o __type) {count:0} veces; el máximo por petición es {max}.";

    public const string RequestBodyTooSlow = "El cuerpo de la petición llegó demasiado despacio; la conexión se cierra.";

    public const string RequestBodyMalformed = "El cuerpo de la petición no está bien formado en HTTP (por ejemplo, una codificación por trozos inválida).";
}
