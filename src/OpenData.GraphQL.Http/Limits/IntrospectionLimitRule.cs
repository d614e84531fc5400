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
        // An introspection field counts once (what it selects is its own answer); other fields count what they select.
        var counter = new ExpandedSelectionCounter(
            context.Document, (field, countSelections) => field.Name.StringValue is "__schema" or "__type" ? 1 : countSelections());
        var total = context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(operation => context.Operation is null || ReferenceEquals(operation, context.Operation))
            .Sum(operation => counter.Count(operation.SelectionSet));

        if (total > maxIntrospectionFields)
        {
            context.ReportError(new TooMuchIntrospectionError(total, maxIntrospectionFields));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
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
