using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.Api.Search;

/// <summary>
/// Whether a hit's <c>node</c> asks only for what its type and slug already give: <c>id</c> (the global id, base64 of
/// «Tipo:slug») and <c>__typename</c>, also inside inline fragments and fragment spreads. Any other field (or a fragment
/// the document does not define) needs the record.
/// </summary>
internal static class IdentitySelection
{
    /// <summary>True when every field of <paramref name="field"/>'s selection, through its fragments, is <c>id</c> or <c>__typename</c>.</summary>
    public static bool AsksOnlyIdentity(GraphQLField field, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(document);
        return field.SelectionSet is { } selection && OnlyIdentity(selection, document, 0);
    }

    private static bool OnlyIdentity(GraphQLSelectionSet? selectionSet, GraphQLDocument document, int depth)
    {
        if (selectionSet is null || depth > 16)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var only = selection switch
            {
                GraphQLField f => f.SelectionSet is null && (f.Name.Value.Span is "id" or "__typename"),
                GraphQLInlineFragment inline => OnlyIdentity(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread => OnlyIdentity(document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, document, depth + 1),
                _ => false,
            };
            if (!only)
            {
                return false;
            }
        }

        return true;
    }
}
