using System.Globalization;
using System.Text;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.Api.Search;

/// <summary>
/// A user's search text turned into an FTS5 match expression that can never be a syntax error: every word is
/// emitted as a quoted string, so FTS5 operators and punctuation typed by the user (<c>" * : - ^ ( ) NEAR AND OR
/// NOT</c>) are plain text. Rules: words are runs of letters and digits, folded (lower case, no accents); text in
/// double quotes is a phrase (its words in that order, stop words kept); outside quotes, Spanish stop words are
/// dropped and the last word matches as a prefix (<c>viol</c> finds <c>violencia</c>; written <c>("w" OR "w" *)</c> so
/// that the whole word ranks above longer words it begins); all terms must match (explicit <c>AND</c>: FTS5 has no
/// implicit AND next to a parenthesised group).
/// </summary>
internal sealed record SearchQuery(string Match, IReadOnlyList<string> Terms, IReadOnlyList<SearchTerm> Parts)
{
    /// <summary>
    /// The same records as <see cref="Match"/>, for counting them: the last bare word only as a prefix (<c>"w" *</c>
    /// already matches every record <c>("w" OR "w" *)</c> does; the exact alternative is there for the ranking alone), which
    /// spares FTS5 merging a second doclist (about 30% of a count).
    /// </summary>
    public required string CountMatch { get; init; }

    /// <summary>Longest accepted search text, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The query for <paramref name="text"/>, or null when it has no word to search for.</summary>
    public static SearchQuery? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormC);
        var terms = new List<Term>();
        var position = 0;
        while (position < normalized.Length)
        {
            var quote = normalized.IndexOf('"', position);
            if (quote < 0)
            {
                AddBare(normalized[position..]);
                break;
            }

            AddBare(normalized[position..quote]);
            var close = normalized.IndexOf('"', quote + 1);
            var phrase = Words(close < 0 ? normalized[(quote + 1)..] : normalized[(quote + 1)..close]);
            if (phrase.Count > 0)
            {
                terms.Add(new Term(phrase, Phrase: true));
            }

            position = close < 0 ? normalized.Length : close + 1;
        }

        if (terms.Count == 0)
        {
            return null;
        }

        var lastBare = terms.FindLastIndex(t => !t.Phrase);
        var match = string.Join(" AND ", terms.Select((t, i) => Quote(string.Join(' ', t.Words)) is var quoted && i == lastBare
            ? $"({quoted} OR {quoted} *)"
            : quoted));
        var countMatch = string.Join(" AND ", terms.Select((t, i) => Quote(string.Join(' ', t.Words)) is var quoted && i == lastBare
            ? $"{quoted} *"
            : quoted));
        var described = terms.Select((t, i) => t.Phrase ? $"\"{string.Join(' ', t.Words)}\"" : t.Words[0] + (i == lastBare ? "*" : "")).ToList();
        var parts = terms.Select((t, i) => new SearchTerm(t.Words, t.Phrase, Prefix: i == lastBare)).ToList();
        return new SearchQuery(match, described, parts) { CountMatch = countMatch };

        void AddBare(string segment) =>
            terms.AddRange(Words(segment).Where(w => !SpanishStopWords.All.Contains(w)).Select(w => new Term([w], Phrase: false)));
    }

    /// <summary>The folded words of <paramref name="text"/>: maximal runs of letters, digits and combining marks.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(TextFolding.Fold(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(TextFolding.Fold(current.ToString()));
        }

        return words;
    }

    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Term(IReadOnlyList<string> Words, bool Phrase);
}
