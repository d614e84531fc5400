using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.KnownDocuments;

/// <summary>
/// GraphQL.NET's <see cref="DocumentValidator"/>, cheaper for a document validated before. When a request runs no rules
/// (the endpoint gives none to a cached document whose operation and cost are known), the validator would still make a
/// <c>TypeInfo</c>, walk the operation for its variable usages and walk it again to parse every field's arguments. This
/// one keeps, per parsed document and operation (an <see cref="OperationPlan"/>, dropped with the document), what does
/// not depend on the request's values, and does per request only what does: GraphQL.NET's own coercion of the variables
/// (same errors) and the arguments and directives that use a variable. With rules to run, it is GraphQL.NET's validator.
/// </summary>
public sealed class KnownDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<GraphQLOperationDefinition, OperationPlan?>> _plans = [];
    private long _planned;

    /// <summary>How many requests this validator answered from a plan (the others went through GraphQL.NET's validator).</summary>
    public long PlannedValidations => Interlocked.Read(ref _planned);

    /// <inheritdoc/>
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is null || options.Rules.Any() || options.Document is null || options.Operation is null)
        {
            return _inner.ValidateAsync(options);
        }

        options.Schema.Initialize();
        var plans = _plans.GetValue(options.Document, static _ => new());
        var schema = options.Schema;
        var document = options.Document;
        var plan = plans.GetOrAdd(options.Operation, operation => OperationPlan.Create(schema, document, operation));
        if (plan is null || plan.IsTrivial || !ReferenceEquals(plan.Schema, schema))
        {
            return _inner.ValidateAsync(options);
        }

        Interlocked.Increment(ref _planned);
        return plan.ValidateAsync(options);
    }
}
