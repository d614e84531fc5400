using System.Collections;
using System.Text;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// Writes an argument's input value (nested objects and lists) as text: objects as <c>{field:…,}</c>, lists as
/// <c>[…;]</c>, and every other value as the caller's <c>leaf</c> writes it. Two values get the same text exactly when
/// their nesting and their written leaves agree; the leaf writer decides what of a value counts.
/// </summary>
internal static class InputText
{
    /// <summary>Writes <paramref name="value"/> or, when it returns false, lets the walk open it as an object or list.</summary>
    public delegate bool LeafWriter(StringBuilder text, object? value);

    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Of(object? value, LeafWriter leaf)
    {
        if (value is null)
        {
            return "";
        }

        // One builder per thread (the walk does not reenter), cleared for each text: only the text itself is allocated.
        var text = t_text ??= new StringBuilder(64);
        text.Clear();
        try
        {
            Append(text, value, leaf);
            return text.ToString();
        }
        finally
        {
            // A long text's builder is not kept (its chunks would stay with the thread).
            if (text.Capacity > MaxKeptCapacity)
            {
                t_text = null;
            }

            text.Clear();
        }
    }

    private static void Append(StringBuilder text, object? value, LeafWriter leaf)
    {
        if (leaf(text, value))
        {
            return;
        }

        switch (value)
        {
            case IDictionary<string, object?> input:
                text.Append('{');
                foreach (var (field, child) in input)
                {
                    text.Append(field).Append(':');
                    Append(text, child, leaf);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable list and not string:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item, leaf);
                    text.Append(';');
                }

                text.Append(']');
                break;
            default:
                throw new InvalidOperationException($"The leaf writer left a {value?.GetType().Name ?? "null"} value unwritten.");
        }
    }
}
