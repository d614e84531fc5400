using System.Globalization;
using System.Text;

namespace OpenData.Api.Search;

/// <summary>
/// The PostgreSQL forms of search text, built in C# with the tokenizer the query parser uses (<see cref="SearchQuery"/>:
/// folded runs of letters and digits), so documents and queries split words the same way and accents never matter:
/// a <c>tsvector</c> literal of a document (title words weight A, body words weight D, a position gap between them so
/// a phrase never spans both) and a <c>tsquery</c> literal of a query (bare words, <c>:*</c> prefix, <c>&lt;-&gt;</c> phrases, all ANDed).
/// </summary>
internal static class PostgresSearchText
{
    /// <summary>PostgreSQL's largest tsvector position; later words keep it.</summary>
    private const int MaxPosition = 16383;

    /// <summary>Longer words are left out (PostgreSQL refuses lexemes of 2 KB and more).</summary>
    private const int MaxWordLength = 500;

    public static string Document(string title, string body)
    {
        var text = new StringBuilder();
        var position = 0;
        Append(title, "A");
        position++;
        Append(body, "");
        return text.ToString();

        void Append(string column, string weight)
        {
            foreach (var word in SearchQuery.Words(column))
            {
                position = Math.Min(position + 1, MaxPosition);
                if (word.Length > MaxWordLength)
                {
                    continue;
                }

                text.Append(text.Length == 0 ? "" : " ").Append(Lexeme(word)).Append(':')
                    .Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight);
            }
        }
    }

    public static string Query(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" & ", terms.Select(term => term switch
        {
            { Phrase: true, Words.Count: > 1 } => "(" + string.Join(" <-> ", term.Words.Select(Lexeme)) + ")",
            { Prefix: true } => Lexeme(term.Words[0]) + ":*",
            _ => Lexeme(term.Words[0]),
        }));

    private static string Lexeme(string word) =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
