using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace OpenData.GraphQL.Http.Execution.Values;

/// <summary>
/// GraphQL.NET's <see cref="DocumentExecuter"/>, without the per-request copy of the argument and directive values
/// into two <c>ConcurrentDictionary</c>s that its <c>BuildExecutionContext</c> makes for a parallel strategy (GraphQL.NET
/// writes to them only when it merges two selections of one response name, and the strategy may do that on several
/// threads): the execution gets the validator's dictionaries behind a <see cref="CopyOnWriteDictionary{TKey, TValue}"/>,
/// which makes that copy on the first write. Everything else is GraphQL.NET's.
/// </summary>
public sealed class ValuesDocumentExecuter(
    IDocumentBuilder documentBuilder, IDocumentValidator documentValidator, IExecutionStrategySelector executionStrategySelector,
    IEnumerable<IConfigureExecution> configurations)
    : DocumentExecuter(documentBuilder, documentValidator, executionStrategySelector, configurations)
{
    /// <inheritdoc/>
    protected override ExecutionContext BuildExecutionContext(
        ExecutionOptions options, GraphQLDocument document, GraphQLOperationDefinition operation, IValidationResult validationResult, Metrics metrics)
    {
        ArgumentNullException.ThrowIfNull(validationResult);
        var context = base.BuildExecutionContext(options, document, operation, new WithoutValues(validationResult), metrics);
        context.ArgumentValues = validationResult.ArgumentValues is { } arguments
            ? new CopyOnWriteDictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments)
            : null;
        context.DirectiveValues = validationResult.DirectiveValues is { } directives
            ? new CopyOnWriteDictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives)
            : null;
        return context;
    }

    /// <summary>The validation result without its values, so that GraphQL.NET's context has none to copy.</summary>
    private sealed class WithoutValues(IValidationResult result) : IValidationResult
    {
        public bool IsValid => result.IsValid;

        public ExecutionErrors Errors => result.Errors;

        public Variables? Variables => result.Variables;

        public IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? ArgumentValues => null;

        public IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? DirectiveValues => null;
    }
}
