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
        where TEnum : struct, Enum => Cache<TEnum>.Format(value);

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", All<TEnum>())}");

    public static bool TryParse<TEnum>(string text, [MaybeNullWhen(false)] out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.TryParse(text, out value);

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

    /// <summary>
    /// Each enum's values and texts in two arrays, searched in order: a handful of values each. (Frozen dictionaries
    /// over each enum were generic code over a value type that ReadyToRun cannot precompile: the JIT compiled their
    /// construction for every enum at start-up, on the way to the first answer.)
    /// </summary>
    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

        private static readonly string[] Texts = TextsOf(Values);

        public static readonly IReadOnlyList<string> All = Array.AsReadOnly(Texts);

        public static string Format(TEnum value)
        {
            for (var i = 0; i < Values.Length; i++)
            {
                if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
                {
                    return Texts[i];
                }
            }

            throw new KeyNotFoundException($"{typeof(TEnum).Name} has no value {value}");
        }

        public static bool TryParse(string text, out TEnum value)
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                if (string.Equals(Texts[i], text, StringComparison.Ordinal))
                {
                    value = Values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static string[] TextsOf(TEnum[] values)
        {
            var texts = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                texts[i] = ToUpperSnake(values[i].ToString());
            }

            return texts;
        }
    }
}
