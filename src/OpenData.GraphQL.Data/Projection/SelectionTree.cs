using GraphQLParser.AST;

namespace OpenData.GraphQL.Data.Projection;

/// <summary>
/// The field names a selection set asks for, merged across aliases, fragment spreads and inline fragments
/// (a superset is fine: it only decides which columns are read).
/// </summary>
public sealed class SelectionTree
{
    private readonly Dictionary<string, SelectionTree> fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SelectionTree> Fields => fields;

    public SelectionTree? this[string name] => fields.GetValueOrDefault(name);

    public static SelectionTree From(GraphQLSelectionSet? selectionSet, GraphQLDocument document)
    {
        var tree = new SelectionTree();
        tree.Add(selectionSet, document, depth: 0);
        return tree;
    }

    /// <summary>Merges the subtrees found under the given paths (e.g. <c>nodes</c> and <c>edges.node</c>).</summary>
    public SelectionTree Merge(params string[][] paths)
    {
        var merged = new SelectionTree();
        foreach (var path in paths)
        {
            var current = this;
            foreach (var name in path)
            {
                current = current?[name];
            }

            if (current is not null)
            {
                merged.MergeFrom(current);
            }
        }

        return merged;
    }

    private void MergeFrom(SelectionTree other)
    {
        foreach (var (name, child) in other.fields)
        {
            if (!fields.TryGetValue(name, out var mine))
            {
                fields[name] = mine = new SelectionTree();
            }

            mine.MergeFrom(child);
        }
    }

    private void Add(GraphQLSelectionSet? selectionSet, GraphQLDocument document, int depth)
    {
        if (selectionSet is null || depth > 64)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (!fields.TryGetValue(name, out var child))
                    {
                        fields[name] = child = new SelectionTree();
                    }

                    child.Add(field.SelectionSet, document, depth + 1);
                    break;
                case GraphQLInlineFragment inline:
                    Add(inline.SelectionSet, document, depth + 1);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    Add(fragment?.SelectionSet, document, depth + 1);
                    break;
            }
        }
    }
}
