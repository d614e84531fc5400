using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OpenData.GraphQL.Data.Errors;

namespace OpenData.GraphQL.Data.Relay;

/// <summary>
/// HotChocolate 14+ global object ids: base64 of the UTF-8 text <c>"&lt;TypeName&gt;:&lt;key&gt;"</c>,
/// e.g. <c>("Foo", 32)</c> → <c>Rm9vOjMy</c>.
/// </summary>
public static class GlobalId
{
    /// <summary>Encodes a type name and a key (formatted with the invariant culture).</summary>
    public static string Encode(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        // The UTF-8 of "typeName:key" on the stack when short (one per row of a page), then its base64 text.
        var keyText = key as string ?? Convert.ToString(key, CultureInfo.InvariantCulture) ?? "";
        var length = Encoding.UTF8.GetByteCount(typeName) + 1 + Encoding.UTF8.GetByteCount(keyText);
        var bytes = length <= 256 ? stackalloc byte[256] : new byte[length];
        var written = Encoding.UTF8.GetBytes(typeName, bytes);
        bytes[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(keyText, bytes[written..]);
        return Convert.ToBase64String(bytes[..written]);
    }

    /// <summary>Splits a global id into its type name and raw key text; false when it is malformed.</summary>
    public static bool TryDecode(string? id, [NotNullWhen(true)] out string? typeName, [NotNullWhen(true)] out string? key)
    {
        typeName = null;
        key = null;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var buffer = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, buffer, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }

    /// <summary>
    /// Decodes a global id that must name <paramref name="expectedTypeName"/> and converts its key to
    /// <typeparamref name="TKey"/>; otherwise throws a field error with code <see cref="DataErrorCodes.InvalidId"/>.
    /// </summary>
    public static TKey Decode<TKey>(string? id, string expectedTypeName) =>
        (TKey)Decode(id, expectedTypeName, typeof(TKey));

    /// <summary>Non-generic form of <see cref="Decode{TKey}(string?, string)"/>.</summary>
    public static object Decode(string? id, string expectedTypeName, Type keyType)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        if (!TryDecode(id, out var typeName, out var key) || !string.Equals(typeName, expectedTypeName, StringComparison.Ordinal))
        {
            throw InvalidId(id, expectedTypeName);
        }

        try
        {
            var target = Nullable.GetUnderlyingType(keyType) ?? keyType;
            if (target == typeof(Guid))
            {
                return Guid.Parse(key, CultureInfo.InvariantCulture);
            }

            return Convert.ChangeType(key, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw InvalidId(id, expectedTypeName);
        }
    }

    private static DataError InvalidId(string? id, string expectedTypeName) => new(
        DataErrorCodes.InvalidId,
        $"El identificador '{id}' no es un id global válido de tipo {expectedTypeName}.",
        new Dictionary<string, object?> { ["id"] = id, ["expectedType"] = expectedTypeName });
}
