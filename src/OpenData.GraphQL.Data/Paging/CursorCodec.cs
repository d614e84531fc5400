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

    public static object?[] Decode(string cursor, string argument, Type entityType, IReadOnlyList<SortKey> keys, string fingerprint) =>
        TryDecodePlain(cursor, keys, fingerprint) ?? DecodeElements(cursor, argument, entityType, keys, fingerprint);

    /// <summary>
    /// The values of a cursor issued under <paramref name="fingerprint"/> whose keys are all texts, dates, integers or
    /// booleans written as this codec writes them, read straight from its bytes; null for anything else (another
    /// fingerprint, another type, an escaped text, a malformed cursor), which <see cref="DecodeElements"/> then reads
    /// (or rejects) as it always did. What this reads, <see cref="DecodeElements"/> reads to the same values.
    /// </summary>
    private static object?[]? TryDecodePlain(string cursor, IReadOnlyList<SortKey> keys, string fingerprint)
    {
        const int MaxStackBytes = 512;
        if (cursor.Length > MaxStackBytes * 4 / 3)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[MaxStackBytes];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return null;
        }

        try
        {
            return ReadPlain(new Utf8JsonReader(bytes[..length]), keys, fingerprint);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static object?[]? ReadPlain(Utf8JsonReader reader, IReadOnlyList<SortKey> keys, string fingerprint)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.String
            || !reader.ValueTextEquals(fingerprint))
        {
            return null;
        }

        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (!reader.Read() || !TryReadPlain(ref reader, keys[i], out values[i]))
            {
                return null;
            }
        }

        return reader.Read() && reader.TokenType == JsonTokenType.EndArray && !reader.Read() ? values : null;
    }

    private static bool TryReadPlain(ref Utf8JsonReader reader, SortKey key, out object? value)
    {
        value = null;
        var type = Nullable.GetUnderlyingType(key.ValueType) ?? key.ValueType;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return key.Nullable && (!key.ValueType.IsValueType || type != key.ValueType);
            case JsonTokenType.String when type == typeof(string):
                value = reader.GetString();
                return true;
            case JsonTokenType.String when type == typeof(DateOnly) && !reader.ValueIsEscaped && !reader.HasValueSequence:
                if (Model.IsoDate.TryParse(reader.ValueSpan, out var date))
                {
                    value = date;
                    return true;
                }

                return false;
            case JsonTokenType.Number when type == typeof(int):
                if (reader.TryGetInt32(out var number))
                {
                    value = number;
                    return true;
                }

                return false;
            case JsonTokenType.Number when type == typeof(long):
                if (reader.TryGetInt64(out var wide))
                {
                    value = wide;
                    return true;
                }

                return false;
            case JsonTokenType.True or JsonTokenType.False when type == typeof(bool):
                value = reader.GetBoolean();
                return true;
            default:
                return false;
        }
    }

    private static object?[] DecodeElements(string cursor, string argument, Type entityType, IReadOnlyList<SortKey> keys, string fingerprint)
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
