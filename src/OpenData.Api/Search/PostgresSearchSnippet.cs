using System.Globalization;
using System.Text;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.Api.Search;

/// <summary>
/// The snippet of a PostgreSQL hit, in the raw form FTS5's snippet() gives (matched words between
/// <see cref="SearchSnippet.Open"/> and <see cref="SearchSnippet.Close"/>, <see cref="SearchSnippet.Ellipsis"/> where the
/// text is cut), so <see cref="SearchSnippet.Publish"/> finishes both alike: the column (title or body) with the most
/// matched words, and in it the window of <see cref="SearchSnippet.Tokens"/> words with the most matches, earliest first.
/// </summary>
internal static class PostgresSearchSnippet
{
    public static string Build(string title, string body, IReadOnlyList<SearchTerm> terms)
    {
        var titleWords = Words(title);
        var bodyWords = Words(body);
        var titleMatches = Matches(titleWords, terms);
        var bodyMatches = Matches(bodyWords, terms);
        return bodyMatches.Count(m => m.Matched) > titleMatches.Count(m => m.Matched)
            ? Window(body, bodyWords, bodyMatches)
            : Window(title, titleWords, titleMatches);
    }

    private static string Window(string text, List<Word> words, Mark[] matched)
    {
        if (words.Count == 0)
        {
            return text.Trim();
        }

        var size = Math.Min(SearchSnippet.Tokens, words.Count);
        var (best, bestScore) = (0, -1);
        for (var start = 0; start + size <= words.Count; start++)
        {
            var score = matched.Skip(start).Take(size).Count(m => m.Matched);
            if (score > bestScore)
            {
                (best, bestScore) = (start, score);
            }
        }

        var snippet = new StringBuilder();
        if (best > 0)
        {
            snippet.Append(SearchSnippet.Ellipsis[0]);
        }

        var from = best == 0 ? 0 : words[best].Start;
        var last = best + size - 1;
        var to = last == words.Count - 1 ? text.Length : words[last].End;
        var cursor = from;
        for (var i = best; i <= last; i++)
        {
            if (!matched[i].Matched)
            {
                continue;
            }

            // A phrase is marked as one span, as FTS5 does: from its first word to its last one inside the window.
            var end = i;
            while (matched[end].JoinsNext && end < last)
            {
                end++;
            }

            snippet.Append(text, cursor, words[i].Start - cursor).Append(SearchSnippet.Open)
                .Append(text, words[i].Start, words[end].End - words[i].Start).Append(SearchSnippet.Close);
            cursor = words[end].End;
            i = end;
        }

        snippet.Append(text, cursor, to - cursor);
        if (last < words.Count - 1)
        {
            snippet.Append(SearchSnippet.Ellipsis[0]);
        }

        return snippet.ToString();
    }

    /// <summary>For each word: whether a term matches it, and whether the same phrase match goes on with the next word.</summary>
    private static Mark[] Matches(List<Word> words, IReadOnlyList<SearchTerm> terms)
    {
        var marks = new Mark[words.Count];
        foreach (var term in terms)
        {
            for (var i = 0; i + term.Words.Count <= words.Count; i++)
            {
                if (Matches(words, i, term))
                {
                    for (var k = 0; k < term.Words.Count; k++)
                    {
                        marks[i + k] = new Mark(true, marks[i + k].JoinsNext || k < term.Words.Count - 1);
                    }
                }
            }
        }

        return marks;
    }

    private static bool Matches(List<Word> words, int at, SearchTerm term)
    {
        if (term.Prefix)
        {
            return words[at].Folded.StartsWith(term.Words[0], StringComparison.Ordinal);
        }

        for (var k = 0; k < term.Words.Count; k++)
        {
            if (words[at + k].Folded != term.Words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/> with their places, split as <see cref="SearchQuery.Words"/> splits.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new Word(start, i, TextFolding.Fold(text[start..i])));
                start = -1;
            }
        }

        return words;
    }

    private readonly record struct Word(int Start, int End, string Folded);

    private readonly record struct Mark(bool Matched, bool JoinsNext);
}
