using GraphQL.Validation;
using GraphQLParser.AST;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// Caps how many times one request may ask for schema introspection (<c>__schema</c> or <c>__type</c>), counting
/// aliases and every expansion of a fragment (linear time, like <see cref="SelectionFanOutRule"/>). Introspection is
/// not counted by the complexity limit, so without this cap 200 aliases of a full <c>__schema</c> in a 4 KB
/// request answer tens of megabytes. An explorer asks once.
/// </summary>
internal sealed class IntrospectionLimitRule(int maxIntrospectionFields) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());
        var sizes = new Dictionary<string, double>();
        var total = context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(operation => context.Operation is null || ReferenceEquals(operation, context.Operation))
            .Sum(operation => Count(operation.SelectionSet, fragments, sizes, []));

        if (total > maxIntrospectionFields)
        {
            context.ReportError(new TooMuchIntrospectionError(total, maxIntrospectionFields));
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
                GraphQLField field when field.Name.StringValue is "__schema" or "__type" => 1,
                GraphQLField field => Count(field.SelectionSet, fragments, sizes, visiting),
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

/// <summary>The request asks for schema introspection more often than allowed.</summary>
internal sealed class TooMuchIntrospectionError : ValidationError
{
    public TooMuchIntrospectionError(double count, int max)
        : base(HardeningMessages.TooMuchIntrospection(count, max))
    {
        Code = GraphQLHttpErrorCodes.IntrospectionLimit;
    }
}
