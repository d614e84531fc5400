using System.Collections.Frozen;

namespace OpenData.Api.Search;

/// <summary>
/// Very common Spanish words (articles, prepositions, conjunctions, pronouns, forms of ser/haber), folded
/// (lower case, no accents). A bare word among them is left out of a search so it does not drown the ranking;
/// inside quotes it counts.
/// </summary>
internal static class SpanishStopWords
{
    public static FrozenSet<string> All { get; } = new[]
    {
        "a", "al", "ante", "como", "con", "cual", "cuando", "de", "del", "desde", "donde", "e", "el", "ella", "ellas", "ellos",
        "en", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto", "estos", "fue", "fueron",
        "ha", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "muy", "ni", "no", "nos",
        "o", "otra", "otras", "otro", "otros", "para", "pero", "por", "porque", "que", "quien", "se", "ser", "si", "sin", "sobre",
        "son", "su", "sus", "tambien", "te", "tu", "tus", "u", "un", "una", "unas", "uno", "unos", "y", "ya",
    }.ToFrozenSet(StringComparer.Ordinal);
}
