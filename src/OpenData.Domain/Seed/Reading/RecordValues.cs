using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Domain.Releases;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// Reads every loaded record's values as normalized text, driven by its spec: each declared key the record gives (the
/// property of the same name, PascalCase), children as records of their own. Text as written; numbers, years and booleans
/// in invariant form; money without trailing zeros; enums in UPPER_SNAKE_CASE; lists (of values or of ids) as JSON arrays.
/// </summary>
internal static class RecordValues
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DatasetSnapshot Snapshot(LoadContext context)
    {
        var snapshot = new DatasetSnapshot();
        foreach (var entry in context.Records.Values.SelectMany(e => e).Where(e => e.Shape is not null))
        {
            var key = new RecordKey(entry.Shape!.EntityName, entry.Id);
            snapshot.Set(key, DatasetSnapshot.IdField, entry.Id);
            foreach (var (field, kind) in entry.Shape.Fields)
            {
                if (kind != FieldKind.Children && entry.Has(field))
                {
                    snapshot.Set(key, field, Format(Property(entry.Record, field)));
                }
            }

            if (entry.FieldSources is { } fieldSources)
            {
                var ordered = fieldSources.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);
                snapshot.Set(key, FieldSources.Key, JsonSerializer.Serialize(ordered, Json));
            }
        }

        return snapshot;
    }

    private static object? Property(object record, string key)
    {
        var name = char.ToUpperInvariant(key[0]) + key[1..];
        var property = record.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{record.GetType().Name} has no property {name} for the seed key '{key}'.");
        return property.GetValue(record);
    }

    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        decimal money => (money / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        Enum e => EnumName(e),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => JsonSerializer.Serialize(list.Cast<object>().Select(Item).ToList(), Json),
        _ => value.ToString(),
    };

    private static object? Item(object item) => item switch
    {
        IRecord record => record.Id,
        int number => number,
        _ => Format(item),
    };

    private static string EnumName(Enum value)
    {
        var format = typeof(EnumText).GetMethod(nameof(EnumText.Format))!.MakeGenericMethod(value.GetType());
        return (string)format.Invoke(null, [value])!;
    }
}
