using System.Text;

namespace OpenData.GraphQL.Data.TextFolding;

/// <summary>
/// Folds text for accent- and case-insensitive matching: invariant lower case, and the Spanish
/// diacritics (á é í ó ú ü ñ, also capitals) replaced by their base letter.
/// </summary>
public static class TextFolding
{
    /// <summary>Suffix of the shadow column that holds the folded copy of a string property.</summary>
    public const string ColumnSuffix = "_folded";

    /// <summary>Annotation of a folded property whose source is a member of a flat value: its path (<c>SignedOn.Text</c>).</summary>
    internal const string SourceAnnotation = "OpenData:FoldedSource";

    /// <summary>Returns the folded form of <paramref name="text"/>; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    /// <summary>Name of the folded shadow property for <paramref name="propertyName"/>.</summary>
    public static string FoldedPropertyName(string propertyName) => propertyName + ColumnSuffix;

    private static char FoldChar(char c) => c switch
    {
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' or 'ü' => 'u',
        'ñ' => 'n',
        _ => c,
    };
}
