namespace OpenData.Api.Errors;

/// <summary>The API's own error messages outside GraphQL, in Spanish, kept together so that they can be localised.</summary>
internal static class HostMessages
{
    public const string BodyTooSlow = "El cuerpo de la petición llegó demasiado despacio; la conexión se cierra.";

    public const string BadRequest = "La petición no está bien formada en HTTP (por ejemplo, una codificación por trozos inválida).";

    public const string DatasetUnreadable =
        "La base de datos no se puede leer ahora mismo (puede estar dañada). El fallo quedó registrado con el requestId.";
}
