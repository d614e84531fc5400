using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// Which operations HTTP serves: over GET only queries (anything else is answered 405); over POST queries
/// and, when the schema has them, mutations. Subscriptions need a streaming transport and are refused.
/// </summary>
internal sealed class HttpOperationRule : IValidationRule
{
    public static readonly HttpOperationRule Get = new(isGet: true);
    public static readonly HttpOperationRule Post = new(isGet: false);

    private readonly bool _isGet;

    private HttpOperationRule(bool isGet) => _isGet = isGet;

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var error = context.Operation?.Operation switch
        {
            OperationType.Mutation or OperationType.Subscription when _isGet =>
                new OperationNotAllowedOverGetError(context.Operation.Operation.ToString().ToLowerInvariant()),
            OperationType.Subscription =>
                new OperationNotSupportedError("Subscriptions are not served over HTTP."),
            OperationType.Mutation when context.Schema.Mutation is null =>
                new OperationNotSupportedError("This schema has no mutations."),
            _ => (ValidationError?)null,
        };
        if (error is not null)
        {
            context.ReportError(error);
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
