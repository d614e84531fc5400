using System.Globalization;

namespace OpenData.Api.Exports.Writers;

/// <summary>How a value reads as text in a CSV cell: invariant numbers, ISO dates, lowercase booleans, lists joined with <c>;</c>.</summary>
internal static class ExportText
{
    public const string ListSeparator = ";";

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> texts => string.Join(ListSeparator, texts),
        IReadOnlyList<int> numbers => string.Join(ListSeparator, numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        _ => throw new InvalidOperationException($"No text form for a column value of type {value.GetType().Name}."),
    };
}
