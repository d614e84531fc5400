using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenData.GraphQL.Data.Errors;

namespace OpenData.Api.Search;

/// <summary>
/// Opaque search cursors: base64 of the JSON array <c>[fingerprint, position]</c>, the hit's 0-based position in
/// the ranking and a fingerprint of the search (match expression and types) it belongs to. The index is read-only,
/// so a position always names the same hit.
/// </summary>
internal static class SearchCursor
{
    public static string Fingerprint(string match, IReadOnlyList<string>? types)
    {
        var key = match + "\n" + (types is null ? "*" : string.Join(',', types.Order(StringComparer.Ordinal).Distinct()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
    }

    public static string Encode(string fingerprint, int position) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object[] { fingerprint, position }));

    /// <summary>The position <paramref name="cursor"/> names; a field error when it is not a cursor of this search.</summary>
    public static int Decode(string cursor, string fingerprint)
    {
        JsonElement[]? items;
        try
        {
            items = JsonSerializer.Deserialize<JsonElement[]>(Convert.FromBase64String(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid(cursor);
        }

        if (items is not [{ ValueKind: JsonValueKind.String } owner, { ValueKind: JsonValueKind.Number } number]
            || !number.TryGetInt32(out var position) || position is < 0 or int.MaxValue)
        {
            throw Invalid(cursor);
        }

        if (owner.GetString() != fingerprint)
        {
            throw new DataError(
                DataErrorCodes.CursorOrderMismatch,
                "El cursor de `after` pertenece a otra búsqueda (otro `text` u otros `types`); use cursores obtenidos con la misma búsqueda.",
                new Dictionary<string, object?> { ["argument"] = "after", ["cursor"] = cursor });
        }

        return position;
    }

    private static DataError Invalid(string cursor) => new(
        DataErrorCodes.InvalidCursor,
        "El cursor de `after` no es válido.",
        new Dictionary<string, object?> { ["argument"] = "after", ["cursor"] = cursor });
}
