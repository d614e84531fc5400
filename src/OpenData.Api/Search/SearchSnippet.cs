using System.Text;

namespace OpenData.Api.Search;

/// <summary>
/// Turns an FTS5 snippet into the published form: HTML-safe text (<c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>
/// escaped), matched words between <c>&lt;b&gt;</c> and <c>&lt;/b&gt;</c>, runs of white space as one space, and
/// <c>…</c> where the text was cut.
/// </summary>
internal static class SearchSnippet
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';
    public const string Ellipsis = "…";

    /// <summary>Words of context around the matches.</summary>
    public const int Tokens = 16;

    public static string Publish(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var builder = new StringBuilder(raw.Length + 16);
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                Open => "<b>",
                Close => "</b>",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
