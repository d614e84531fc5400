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
        var counter = new ExpandedSelectionCounter(context.Document, (_, countSelections) => 1 + countSelections());
        var total = context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Sum(operation => counter.Count(operation.SelectionSet));

        if (total > MaxExpandedSelections)
        {
            context.ReportError(new QueryTooComplexError(
                $"The query expands to more than {MaxExpandedSelections:0} field selections through its fragments."));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
