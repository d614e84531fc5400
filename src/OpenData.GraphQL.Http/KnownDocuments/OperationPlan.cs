using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.KnownDocuments;

/// <summary>
/// What validating one operation of a known document costs once: where its arguments and directives are (with the values
/// that use no variable parsed), and a few GraphQL.NET <see cref="ValidationContext"/>s that keep the operation's variable
/// usages, so that coercing a request's variables does not walk the operation again.
/// </summary>
internal sealed class OperationPlan
{
    private const int PooledContexts = 4;

    private readonly ArgumentEntry[] _entries;
    private readonly ValidationContext?[] _contexts = new ValidationContext?[PooledContexts];

    private OperationPlan(ISchema schema, ArgumentEntry[] entries, bool hasVariables)
    {
        Schema = schema;
        _entries = entries;
        HasVariables = hasVariables;
    }

    /// <summary>The schema the plan was made for.</summary>
    public ISchema Schema { get; }

    /// <summary>Whether the operation defines variables.</summary>
    public bool HasVariables { get; }

    /// <summary>
    /// Whether GraphQL.NET's own validator is as cheap: nothing to parse and no variables (it then answers its
    /// allocation-free result).
    /// </summary>
    public bool IsTrivial => !HasVariables && _entries.Length == 0;

    /// <summary>The plan of <paramref name="operation"/>, or null when a value without variables does not parse (GraphQL.NET then reports it).</summary>
    public static OperationPlan? Create(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        try
        {
            var entries = ArgumentWalker.EntriesOf(schema, document, operation);
            return new OperationPlan(schema, [.. entries], operation.Variables?.Count > 0);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Validates a request as GraphQL.NET's <see cref="DocumentValidator"/> does without rules, from the plan.</summary>
    public async Task<IValidationResult> ValidateAsync(ValidationOptions options)
    {
        var variables = Variables.None;
        if (HasVariables)
        {
            var slot = Rent(out var context);
            context.Schema = options.Schema;
            context.Document = options.Document;
            context.Operation = options.Operation;
            context.Variables = options.Variables;
            context.Extensions = options.Extensions;
            context.UserContext = options.UserContext;
            context.RequestServices = options.RequestServices;
            context.User = options.User;
            context.Metrics = options.Metrics;
            context.CancellationToken = options.CancellationToken;
            List<ValidationError>? variableErrors;
            try
            {
                (variables, variableErrors) = await context.GetVariablesValuesAsync().ConfigureAwait(false);
            }
            finally
            {
                Return(slot, context);
            }

            if (variableErrors is not null)
            {
                return new ValidationResult((IEnumerable<ValidationError>)variableErrors) { Variables = variables };
            }
        }

        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments = null;
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives = null;
        List<ValidationError>? errors = null;
        foreach (var entry in _entries)
        {
            try
            {
                entry.AddTo(variables, options.Schema, options.Document, ref arguments, ref directives);
            }
            catch (ValidationError error)
            {
                (errors ??= []).Add(error);
            }
        }

        return new ValidationResult((IEnumerable<ValidationError>?)errors ?? [])
        {
            Variables = variables,
            ArgumentValues = arguments,
            DirectiveValues = directives,
        };
    }

    /// <summary>A pooled context (its slot) or a new one (slot -1).</summary>
    private int Rent(out ValidationContext context)
    {
        for (var i = 0; i < _contexts.Length; i++)
        {
            if (Interlocked.Exchange(ref _contexts[i], null) is { } pooled)
            {
                context = pooled;
                return i;
            }
        }

        context = new ValidationContext();
        return -1;
    }

    /// <summary>Puts a context back without the request's objects; one that holds errors is dropped.</summary>
    private void Return(int slot, ValidationContext context)
    {
        context.Variables = null!;
        context.Extensions = null!;
        context.UserContext = null!;
        context.RequestServices = null;
        context.User = null;
        context.Metrics = null!;
        context.CancellationToken = default;
        if (context.HasErrors)
        {
            return;
        }

        for (var i = slot < 0 ? 0 : slot; i < _contexts.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _contexts[i], context, null) is null)
            {
                return;
            }
        }
    }
}
