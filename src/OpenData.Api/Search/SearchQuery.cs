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

    /// <summary>
    /// The last bare word (the one <see cref="Match"/> also matches as a prefix), when it is plain ASCII letters and
    /// digits (a word FTS5's tokenizer keeps as it is); null otherwise. See <see cref="WholeWordMatch"/>.
    /// </summary>
    public string? PrefixWord { get; init; }

    /// <summary>
    /// <see cref="Match"/> with the prefix group <c>("w" OR "w" *)</c> written <c>"w"</c>, when <see cref="PrefixWord"/> is set.
    /// When no indexed word but <c>w</c> itself begins with <c>w</c>, both phrases of the group have exactly the instances
    /// of <c>"w"</c>, so this expression finds the same records, and <see cref="WholeWordPhrases"/> says which of its
    /// phrases stands for each phrase of <see cref="Match"/> (for the group, its one phrase twice).
    /// </summary>
    public string? WholeWordMatch { get; init; }

    /// <summary>For each phrase of <see cref="Match"/>, in order, the phrase of <see cref="WholeWordMatch"/> with the same instances.</summary>
    public IReadOnlyList<int>? WholeWordPhrases { get; init; }

    /// <summary>
    /// <see cref="Match"/> with the prefix group written <c>("w" OR "w")</c>, when <see cref="PrefixWord"/> is set: for a
    /// whole word, phrase for phrase the instances of <see cref="Match"/> (FTS5's snippet weighs a window by the phrases
    /// it sees, so the phrases must stay as many and in place), without a prefix's doclists to merge.
    /// </summary>
    public string? WholeWordSnippetMatch { get; init; }

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
        var prefixWord = lastBare >= 0 && terms[lastBare].Words[0].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) ? terms[lastBare].Words[0] : null;
        string? wholeWordMatch = null;
        string? wholeWordSnippetMatch = null;
        List<int>? wholeWordPhrases = null;
        if (prefixWord is not null)
        {
            wholeWordMatch = string.Join(" AND ", terms.Select(t => Quote(string.Join(' ', t.Words))));
            wholeWordSnippetMatch = string.Join(" AND ", terms.Select((t, i) => Quote(string.Join(' ', t.Words)) is var quoted && i == lastBare
                ? $"({quoted} OR {quoted})"
                : quoted));
            wholeWordPhrases = [];
            for (var i = 0; i < terms.Count; i++)
            {
                // Every term is one phrase of the whole-word expression; the prefix group is two phrases of Match.
                wholeWordPhrases.AddRange(i == lastBare ? [i, i] : [i]);
            }
        }

        return new SearchQuery(match, described, parts)
        {
            CountMatch = countMatch,
            PrefixWord = prefixWord,
            WholeWordMatch = wholeWordMatch,
            WholeWordPhrases = wholeWordPhrases,
            WholeWordSnippetMatch = wholeWordSnippetMatch,
        };

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
