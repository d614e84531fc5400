using System.Text.RegularExpressions;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Error messages in two languages, per <c>extensions.code</c>. Every code is written in one language where it is raised
/// (its <i>source</i> language) and has, for the other, translations: a pattern over the source message whose named groups
/// are the message's parameters, and a template in the other language that uses them (<c>{name}</c>). The codes stay the
/// same in both languages. The endpoint's own codes and GraphQL.NET's are in <see cref="GraphQLErrorMessages"/>; an
/// application adds its own codes' texts with <see cref="Add"/> (see <c>AddGraphQLErrorMessages</c>).
/// </summary>
public sealed class ErrorMessageCatalog
{
    private readonly Dictionary<string, List<Translation>> translations = new(StringComparer.Ordinal);

    /// <summary>Every code with at least one translation.</summary>
    public IReadOnlyCollection<string> Codes => translations.Keys;

    /// <summary>
    /// Adds a translation of <paramref name="code"/> from <paramref name="sourceLanguage"/>: messages matching
    /// <paramref name="sourcePattern"/> (a regular expression, matched whole) become <paramref name="template"/>.
    /// </summary>
    public ErrorMessageCatalog Add(string code, string sourceLanguage, string sourcePattern, string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (!translations.TryGetValue(code, out var list))
        {
            translations[code] = list = [];
        }

        list.Add(new Translation(
            sourceLanguage,
            new Regex("^(?:" + sourcePattern + ")$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100)),
            template));
        return this;
    }

    /// <summary>Whether <paramref name="code"/> has a text in both languages (as raised, and translated).</summary>
    public bool HasBothLanguages(string code) => translations.TryGetValue(code, out var list) && list.Count > 0;

    /// <summary>
    /// <paramref name="message"/> in <paramref name="language"/>: translated when a translation of its code matches it,
    /// otherwise unchanged (it is then already in that language, or not covered).
    /// </summary>
    public string Localize(string? code, string message, string language)
    {
        if (code is null || message is null || !translations.TryGetValue(code, out var list))
        {
            return message!;
        }

        foreach (var translation in list)
        {
            if (translation.SourceLanguage == language)
            {
                continue;
            }

            var match = translation.Pattern.Match(message);
            if (match.Success)
            {
                return Regex.Replace(translation.Template, @"\{(\w+)\}", m => match.Groups[m.Groups[1].Value] is { Success: true } g ? g.Value : m.Value);
            }
        }

        return message;
    }

    private sealed record Translation(string SourceLanguage, Regex Pattern, string Template);
}
