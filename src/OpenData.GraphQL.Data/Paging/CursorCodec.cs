using System.Buffers;
using System.Text.Json;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of a JSON array <c>[fingerprint, key values…]</c>, where the fingerprint
/// identifies the order the cursor belongs to.
/// </summary>
internal static class CursorCodec
{
    // A page encodes one cursor per row: the JSON is written into a buffer and a writer kept per thread (the same
    // bytes as serializing the array [fingerprint, values…]); only the base64 text is allocated.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Encode(string fingerprint, IReadOnlyList<object?> values)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(fingerprint);
        for (var i = 0; i < values.Count; i++)
        {
            JsonSerializer.Serialize(writer, values[i], values[i]?.GetType() ?? typeof(object));
        }

        writer.WriteEndArray();
        writer.Flush();
        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    public static object?[] Decode(string cursor, string argument, Type entityType, IReadOnlyList<SortKey> keys, string fingerprint)
    {
        JsonElement[] items;
        try
        {
            items = JsonSerializer.Deserialize<JsonElement[]>(Convert.FromBase64String(cursor))
                ?? throw new FormatException("null cursor");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid(cursor, argument);
        }

        if (items.Length != keys.Count + 1 || items[0].ValueKind != JsonValueKind.String)
        {
            throw Invalid(cursor, argument);
        }

        if (items[0].GetString() is { } issuedUnder && issuedUnder != fingerprint
            && issuedUnder == SortTranslator.BinaryFingerprint(entityType, keys))
        {
            throw new DataError(
                DataErrorCodes.CursorCollationChanged,
                $"El cursor de `{argument}` se emitió cuando el texto se ordenaba de otra manera (por código de carácter, no en orden alfabético); vuelva a pedir la primera página sin `{argument}`.",
                new Dictionary<string, object?> { ["argument"] = argument, ["cursor"] = cursor });
        }

        if (items[0].GetString() != fingerprint)
        {
            throw new DataError(
                DataErrorCodes.CursorOrderMismatch,
                $"El cursor de `{argument}` pertenece a otro orden (`order`); use cursores obtenidos con el mismo orden.",
                new Dictionary<string, object?> { ["argument"] = argument, ["cursor"] = cursor });
        }

        var values = new object?[keys.Count];
        try
        {
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = items[i + 1].Deserialize(keys[i].ValueType);
                if (values[i] is null && !keys[i].Nullable)
                {
                    throw Invalid(cursor, argument);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw Invalid(cursor, argument);
        }

        return values;
    }

    private static DataError Invalid(string cursor, string argument) => new(
        DataErrorCodes.InvalidCursor,
        $"El cursor de `{argument}` no es válido.",
        new Dictionary<string, object?> { ["argument"] = argument, ["cursor"] = cursor });
}
