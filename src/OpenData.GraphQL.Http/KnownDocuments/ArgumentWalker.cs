using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace OpenData.GraphQL.Http.KnownDocuments;

/// <summary>
/// Lists the <see cref="ArgumentEntry"/> places of one operation in the order GraphQL.NET's validator parses them
/// (its private <c>DocumentValidator.ParseArgumentVisitor</c>, which this walk follows step for step: the selected
/// operation only, each fragment once, a field's directives before its arguments).
/// </summary>
internal sealed class ArgumentWalker : ASTVisitor<ArgumentWalker.Context>
{
    public static readonly ArgumentWalker Instance = new();

    private ArgumentWalker()
    {
    }

    /// <summary>The operation's entries, their values without variables parsed now.</summary>
    public static List<ArgumentEntry> EntriesOf(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var context = new Context(schema, document);
        Instance.VisitAsync(operation, context).AsTask().GetAwaiter().GetResult();
        return context.Entries;
    }

    public override ValueTask VisitAsync(ASTNode? node, Context context)
    {
        if (node is IHasDirectivesNode { Directives.Count: > 0 })
        {
            context.Entries.Add(DirectiveEntry.Create(node, context.Schema, context.Document));
        }

        return base.VisitAsync(node, context);
    }

    protected override async ValueTask VisitOperationDefinitionAsync(GraphQLOperationDefinition operationDefinition, Context context)
    {
        IComplexGraphType? type = operationDefinition.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        context.Types.Push(type);
        await base.VisitOperationDefinitionAsync(operationDefinition, context).ConfigureAwait(false);
        context.Types.Pop();
    }

    protected override async ValueTask VisitInlineFragmentAsync(GraphQLInlineFragment inlineFragment, Context context)
    {
        if (inlineFragment.TypeCondition is not { } condition)
        {
            await base.VisitInlineFragmentAsync(inlineFragment, context).ConfigureAwait(false);
            return;
        }

        var namedType = context.Schema.AllTypes[condition.Type.Name.Value]?.GetNamedType();
        if (namedType is IComplexGraphType type)
        {
            context.Types.Push(type);
            await base.VisitInlineFragmentAsync(inlineFragment, context).ConfigureAwait(false);
            context.Types.Pop();
        }
        else if (namedType is IAbstractGraphType)
        {
            await base.VisitInlineFragmentAsync(inlineFragment, context).ConfigureAwait(false);
        }
    }

    protected override ValueTask VisitFragmentSpreadAsync(GraphQLFragmentSpread fragmentSpread, Context context)
    {
        var name = fragmentSpread.FragmentName.Name.Value;
        if (context.VisitedFragments.Add(name) && context.Document.FindFragmentDefinition(name) is { } definition)
        {
            return VisitAsync(definition, context);
        }

        return default;
    }

    protected override async ValueTask VisitFragmentDefinitionAsync(GraphQLFragmentDefinition fragmentDefinition, Context context)
    {
        var namedType = context.Schema.AllTypes[fragmentDefinition.TypeCondition.Type.Name.Value]?.GetNamedType();
        if (namedType is IComplexGraphType type)
        {
            context.Types.Push(type);
            await base.VisitFragmentDefinitionAsync(fragmentDefinition, context).ConfigureAwait(false);
            context.Types.Pop();
        }
        else if (namedType is IAbstractGraphType)
        {
            await base.VisitFragmentDefinitionAsync(fragmentDefinition, context).ConfigureAwait(false);
        }
    }

    protected override async ValueTask VisitFieldAsync(GraphQLField field, Context context)
    {
        var schema = context.Schema;
        var name = field.Name.Value;
        var definition =
            name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType :
            name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType :
            name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType :
            context.Type?.Fields.Find(name);
        if (definition is null)
        {
            return;
        }

        if (field.Arguments?.Count > 0 && FieldArgumentEntry.Create(field, definition.Arguments, context.Document) is { } entry)
        {
            context.Entries.Add(entry);
        }

        var fieldType = definition.ResolvedType?.GetNamedType();
        if (fieldType is IComplexGraphType type)
        {
            context.Types.Push(type);
            await base.VisitFieldAsync(field, context).ConfigureAwait(false);
            context.Types.Pop();
        }
        else if (fieldType is UnionGraphType)
        {
            await base.VisitFieldAsync(field, context).ConfigureAwait(false);
        }
    }

    /// <summary>The walk's state.</summary>
    internal sealed class Context(ISchema schema, GraphQLDocument document) : IASTVisitorContext
    {
        public ISchema Schema { get; } = schema;

        public GraphQLDocument Document { get; } = document;

        public Stack<IComplexGraphType?> Types { get; } = new();

        public IComplexGraphType? Type => Types.Count > 0 ? Types.Peek() : null;

        public HashSet<ROM> VisitedFragments { get; } = [];

        public List<ArgumentEntry> Entries { get; } = [];

        public CancellationToken CancellationToken => default;
    }
}
