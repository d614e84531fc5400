using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// Counts what an operation's selections add up to once every fragment is expanded, in linear time: each fragment
/// is counted once and its size reused at every spread. An unknown fragment or a cycle is another rule's error and
/// adds nothing. How much a field weighs is the caller's: the function it gives gets the field and a way to count
/// the field's own selection set.
/// </summary>
internal sealed class ExpandedSelectionCounter
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments;
    private readonly Func<GraphQLField, Func<double>, double> fieldWeight;
    private readonly Dictionary<string, double> sizes = [];
    private readonly HashSet<string> visiting = [];

    /// <param name="document">The document whose fragments the operations may spread.</param>
    /// <param name="fieldWeight">A field's weight, given the field and a function that counts its selection set.</param>
    public ExpandedSelectionCounter(GraphQLDocument document, Func<GraphQLField, Func<double>, double> fieldWeight)
    {
        fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());
        this.fieldWeight = fieldWeight;
    }

    /// <summary>The expanded count of <paramref name="selectionSet"/>.</summary>
    public double Count(GraphQLSelectionSet? selectionSet)
    {
        double count = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            count += selection switch
            {
                GraphQLField field => fieldWeight(field, () => Count(field.SelectionSet)),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                GraphQLFragmentSpread spread => SizeOf(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
        }

        return count;
    }

    private double SizeOf(string name)
    {
        if (sizes.TryGetValue(name, out var size))
        {
            return size;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
        {
            return 0;
        }

        size = Count(fragment.SelectionSet);
        visiting.Remove(name);
        sizes[name] = size;
        return size;
    }
}
