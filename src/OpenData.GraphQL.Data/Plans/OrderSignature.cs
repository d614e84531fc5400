using System.Collections;
using System.Text;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>A text that is equal for two <c>order</c> arguments exactly when they sort alike (members, nesting, directions).</summary>
internal static class OrderSignature
{
    public static string Of(object? order)
    {
        if (order is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(text, order);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                break;
            case SortDirection direction:
                text.Append(direction == SortDirection.Descending ? 'D' : 'A');
                break;
            case IDictionary<string, object?> input:
                text.Append('{');
                foreach (var (field, child) in input)
                {
                    text.Append(field).Append(':');
                    Append(text, child);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable list and not string:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append(';');
                }

                text.Append(']');
                break;
            default:
                // Any other value is not an order; keep it apart from every valid signature.
                text.Append('?').Append(value);
                break;
        }
    }
}
