using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.KnownDocuments;

/// <summary>
/// One place of an operation where GraphQL.NET parses argument values before execution: a field's arguments or a node's
/// directives, in the order its validator visits them. Without a variable in its values, the parsed values are kept
/// (<see cref="IsFixed"/>); otherwise they are parsed again for each request with GraphQL.NET's own
/// <see cref="ExecutionHelper"/>.
/// </summary>
internal abstract class ArgumentEntry
{
    /// <summary>Whether the values were parsed once (they use no variable).</summary>
    public abstract bool IsFixed { get; }

    /// <summary>Adds this entry's values for <paramref name="variables"/> to the request's dictionaries (a parse error is thrown as GraphQL.NET throws it).</summary>
    public abstract void AddTo(
        Variables variables,
        ISchema schema,
        GraphQLDocument document,
        ref Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        ref Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives);

    /// <summary>Whether a value (or anything inside it) is a variable.</summary>
    public static bool UsesVariables(GraphQLValue? value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(UsesVariables) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(field => UsesVariables(field.Value)) == true,
        _ => false,
    };

    /// <summary>Whether any of the arguments' values uses a variable.</summary>
    public static bool UsesVariables(GraphQLArguments? arguments) => arguments?.Any(argument => UsesVariables(argument.Value)) == true;
}

/// <summary>A field's arguments (see <see cref="ArgumentEntry"/>).</summary>
internal sealed class FieldArgumentEntry : ArgumentEntry
{
    private readonly GraphQLField _field;
    private readonly QueryArguments _definitions;
    private readonly IDictionary<string, ArgumentValue>? _fixed;

    private FieldArgumentEntry(GraphQLField field, QueryArguments definitions, IDictionary<string, ArgumentValue>? fixedValues)
    {
        _field = field;
        _definitions = definitions;
        _fixed = fixedValues;
    }

    public override bool IsFixed => _fixed is not null;

    /// <summary>The entry of a field; its values are parsed now when they use no variable (null when there are none to keep).</summary>
    public static FieldArgumentEntry? Create(GraphQLField field, QueryArguments? definitions, GraphQLDocument document)
    {
        if (definitions is not { Count: > 0 })
        {
            return null;
        }

        var fixedValues = UsesVariables(field.Arguments)
            ? null
            : ExecutionHelper.GetArguments(definitions, field.Arguments, null, document, field, null);
        return new FieldArgumentEntry(field, definitions, fixedValues);
    }

    public override void AddTo(
        Variables variables,
        ISchema schema,
        GraphQLDocument document,
        ref Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        ref Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives)
    {
        var values = _fixed ?? ExecutionHelper.GetArguments(_definitions, _field.Arguments, variables, document, _field, null);
        if (values is not null)
        {
            (arguments ??= []).Add(_field, values);
        }
    }
}

/// <summary>A node's directives (see <see cref="ArgumentEntry"/>).</summary>
internal sealed class DirectiveEntry : ArgumentEntry
{
    private readonly ASTNode _node;
    private readonly IDictionary<string, DirectiveInfo>? _fixed;
    private readonly bool _usesVariables;

    private DirectiveEntry(ASTNode node, IDictionary<string, DirectiveInfo>? fixedValues, bool usesVariables)
    {
        _node = node;
        _fixed = fixedValues;
        _usesVariables = usesVariables;
    }

    public override bool IsFixed => !_usesVariables;

    /// <summary>The entry of a node with directives; their values are parsed now when they use no variable.</summary>
    public static DirectiveEntry Create(ASTNode node, ISchema schema, GraphQLDocument document)
    {
        var withDirectives = (IHasDirectivesNode)node;
        var usesVariables = withDirectives.Directives!.Any(directive => UsesVariables(directive.Arguments));
        var fixedValues = usesVariables ? null : ExecutionHelper.GetDirectives(withDirectives, null, schema, document);
        return new DirectiveEntry(node, fixedValues, usesVariables);
    }

    public override void AddTo(
        Variables variables,
        ISchema schema,
        GraphQLDocument document,
        ref Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        ref Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives)
    {
        var values = _usesVariables ? ExecutionHelper.GetDirectives((IHasDirectivesNode)_node, variables, schema, document) : _fixed;
        if (values is not null)
        {
            (directives ??= []).Add(_node, values);
        }
    }
}
