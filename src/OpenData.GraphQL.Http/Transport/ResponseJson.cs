using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>
/// How response bodies are written: UTF-8 as written. Letters, accents and punctuation (é, ñ, ¿, ', +, &lt;, &gt;)
/// go out as their own bytes; only what JSON requires (quote, backslash, control characters) and what cannot be
/// written as valid UTF-8 (lone surrogates) is escaped. Responses are <c>application/json</c>, never embedded in
/// HTML, so the HTML-sensitive characters need no escaping.
/// </summary>
public static class ResponseJson
{
    /// <summary>The encoder every GraphQL response and error body uses.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writer options with <see cref="Encoder"/>.</summary>
    public static JsonWriterOptions WriterOptions => new() { Encoder = Encoder };

    /// <summary>Applies <see cref="Encoder"/> to serializer options.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Encoder = Encoder;
    }
}
