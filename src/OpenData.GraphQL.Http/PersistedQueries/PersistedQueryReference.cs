using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.PersistedQueries;

/// <summary>The <c>extensions.persistedQuery</c> of a request: <c>{ "version": 1, "sha256Hash": "…" }</c>.</summary>
internal sealed record PersistedQueryReference(string Sha256Hash)
{
    private const int SupportedVersion = 1;

    /// <summary>Reads the reference; null with no refusal when the request has none.</summary>
    public static PersistedQueryReference? Read(JsonElement? extensions, out RequestRefusal? refusal)
    {
        refusal = null;
        if (extensions is not { } map || !map.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !persisted.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            refusal = RequestRefusal.Malformed(
                "extensions.persistedQuery must be an object with a number 'version' and a string 'sha256Hash'.");
            return null;
        }

        if (!version.TryGetInt32(out var number) || number != SupportedVersion)
        {
            refusal = new RequestRefusal(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.PersistedQueryNotSupported,
                $"Persisted query version {version.GetRawText()} is not supported; use version {SupportedVersion}.");
            return null;
        }

        var text = hash.GetString()!;
        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            refusal = RequestRefusal.Malformed("extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.");
            return null;
        }

        return new PersistedQueryReference(text.ToLowerInvariant());
    }
}
