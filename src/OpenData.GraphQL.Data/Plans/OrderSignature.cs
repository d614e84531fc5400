using System.Collections;
using System.Text;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>A text that is equal for two <c>order</c> arguments exactly when they sort alike (members, nesting, directions).</summary>
internal static class OrderSignature
{
    public static string Of(object? order) => InputText.Of(order, AppendLeaf);

    private static bool AppendLeaf(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                return true;
            case SortDirection direction:
                text.Append(direction == SortDirection.Descending ? 'D' : 'A');
                return true;
            case IDictionary<string, object?>:
            case IEnumerable and not string:
                return false;
            default:
                // Any other value is not an order; keep it apart from every valid signature.
                text.Append('?').Append(value);
                return true;
        }
    }
}
