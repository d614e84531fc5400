using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>Reading and checking scalar values.</summary>
internal static partial class Values
{
    public const int MaxIdLength = 80;

    /// <summary>True for a missing value: <c>~</c>, <c>null</c>, or an empty or blank string.</summary>
    public static bool IsAbsent(YamlNode node) =>
        node is YamlScalarNode scalar
        && (string.IsNullOrWhiteSpace(scalar.Value)
            || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL"));

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a single value",
    };

    public static bool IsSlug(string text) => text.Length <= MaxIdLength && SlugPattern().IsMatch(text);

    public static string? CheckSlug(string text) =>
        IsSlug(text) ? null : $"'{text}' is not a slug (lowercase a-z and 0-9 in groups joined by single hyphens, at most {MaxIdLength} characters)";

    public static string? TryInt(string text, int min, int max, out int value)
    {
        if (!IntPattern().IsMatch(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            value = 0;
            return $"'{text}' is not a whole number";
        }

        return value < min || value > max ? $"{value} is outside {min}..{max}" : null;
    }

    public static string? TryMoney(string text, out decimal value)
    {
        value = 0;
        if (!MoneyPattern().IsMatch(text))
        {
            return text.Contains(',', StringComparison.Ordinal)
                ? $"'{text}' is not an amount: write it without thousands separators, e.g. 1500000 or 40459815.22"
                : $"'{text}' is not an amount (a plain number such as 1500000 or 40459815.22)";
        }

        value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (value < 0)
        {
            return $"{text} is negative; amounts are never negative";
        }

        var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return decimals > 2 ? $"{text} has more than two decimals (amounts are in pesos and centavos)" : null;
    }

    public static string? CheckUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !text.Any(char.IsWhiteSpace)
            ? null
            : $"'{text}' is not an absolute http or https URL";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex MoneyPattern();
}
