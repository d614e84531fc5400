using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OpenData.Domain.Data;

/// <summary>
/// The UPPER_SNAKE_CASE text of an enum value (<c>CivilSociety</c> is <c>CIVIL_SOCIETY</c>): the form
/// used in the seed files, in the database and by GraphQL.
/// </summary>
public static class EnumText
{
    /// <summary>All texts of <typeparamref name="TEnum"/> in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.All;

    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Texts[value];

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", All<TEnum>())}");

    public static bool TryParse<TEnum>(string text, [MaybeNullWhen(false)] out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Values.TryGetValue(text, out value);

    private static string ToUpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Texts =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToUpperSnake(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<TEnum>().Select(v => Texts[v])];
    }
}
