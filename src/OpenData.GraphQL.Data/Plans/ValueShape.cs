using System.Collections;
using System.Text;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// A text that is equal for two <c>where</c> arguments (or two decoded cursors) exactly when they translate to the
/// same expression up to their values: the members and operations, their nesting, which values are null, the
/// booleans (<c>any: true</c> and <c>any: false</c> translate differently) and the length of <c>and</c>/<c>or</c>
/// lists. Every other value is a parameter of the shape, written <c>$</c>.
/// </summary>
internal static class ValueShape
{
    public static string Of(object? value) => InputText.Of(value, AppendLeaf);

    /// <summary>The shape of a decoded cursor: per key, null (<c>~</c>), a boolean (<c>T</c>/<c>F</c>) or a value (<c>$</c>).</summary>
    public static string OfCursor(object?[]? values)
    {
        if (values is null)
        {
            return "-";
        }

        var text = new char[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            text[i] = values[i] switch
            {
                null => '~',
                bool flag => flag ? 'T' : 'F',
                _ => '$',
            };
        }

        return new string(text);
    }

    private static bool AppendLeaf(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                return true;
            case bool flag:
                text.Append(flag ? 'T' : 'F');
                return true;
            case string:
                text.Append('$');
                return true;
            case IDictionary<string, object?>:
                return false;
            case IEnumerable list when IsValueList(list):
                // An `in` list is one parameter (the whole list), whatever its length and its nulls.
                text.Append("[$]");
                return true;
            case IEnumerable:
                return false;
            default:
                text.Append('$');
                return true;
        }
    }

    private static bool IsValueList(IEnumerable list)
    {
        foreach (var item in list)
        {
            if (item is IDictionary<string, object?> || item is bool || (item is IEnumerable and not string))
            {
                return false;
            }
        }

        return true;
    }
}
