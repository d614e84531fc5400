using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>Refuses any operation but a query on a GET request (the endpoint answers it with 405).</summary>
internal sealed class QueryOnlyOverGetRule : IValidationRule
{
    public static readonly QueryOnlyOverGetRule Instance = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { Operation: not OperationType.Query } operation)
        {
            context.ReportError(new OperationNotAllowedOverGetError(operation.Operation.ToString().ToLowerInvariant()));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
