using System.Text.Json;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// The documented text form of a JSON value in a CSV cell: null is empty, numbers and strings as written,
/// booleans lowercase, a related record its slug, a list of related records their slugs in ordinal order
/// joined with ';', a list of values its items in order joined with ';'.
/// </summary>
public static class CellText
{
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => value.GetProperty("slug").GetString()!,
        JsonValueKind.Array when value.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object) =>
            string.Join(';', value.EnumerateArray().Select(Of).Order(StringComparer.Ordinal)),
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Of)),
        _ => throw new InvalidOperationException("Unexpected JSON value " + value.GetRawText()),
    };
}
