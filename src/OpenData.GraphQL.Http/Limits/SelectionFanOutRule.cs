using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// Refuses a document whose fragments fan out into more field selections than any sensible query has,
/// counting each fragment once (linear time). GraphQL.NET's complexity analyzer walks every expansion, so a
/// one-kilobyte document whose fragments each spread the previous one three times would keep it busy for
/// ages; as this rule reports in the first validation pass, the analyzer never starts on such a document.
/// </summary>
internal sealed class SelectionFanOutRule : IValidationRule
{
    /// <summary>Far above what the complexity limit lets through, far below what takes the analyzer long.</summary>
    public const double MaxExpandedSelections = 100_000;

    public static readonly SelectionFanOutRule Instance = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());
        var sizes = new Dictionary<string, double>();
        var total = context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Sum(operation => Count(operation.SelectionSet, fragments, sizes, []));

        if (total > MaxExpandedSelections)
        {
            context.ReportError(new QueryTooComplexError(
                $"The query expands to more than {MaxExpandedSelections:0} field selections through its fragments."));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static double Count(
        GraphQLSelectionSet? selectionSet,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, double> sizes,
        HashSet<string> visiting)
    {
        double count = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            count += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet, fragments, sizes, visiting),
                GraphQLInlineFragment inline => Count(inline.SelectionSet, fragments, sizes, visiting),
                GraphQLFragmentSpread spread => SizeOf(spread.FragmentName.Name.StringValue, fragments, sizes, visiting),
                _ => 0,
            };
        }

        return count;
    }

    private static double SizeOf(
        string name,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, double> sizes,
        HashSet<string> visiting)
    {
        if (sizes.TryGetValue(name, out var size))
        {
            return size;
        }

        // An unknown fragment or a cycle is another rule's error; it adds nothing here.
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
        {
            return 0;
        }

        size = Count(fragment.SelectionSet, fragments, sizes, visiting);
        visiting.Remove(name);
        sizes[name] = size;
        return size;
    }
}
