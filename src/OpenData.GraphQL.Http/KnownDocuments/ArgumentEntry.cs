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

/// <summary>
/// A field's arguments (see <see cref="ArgumentEntry"/>). When some of them use variables, the others are parsed once
/// too: each argument's value depends only on its own definition and value (GraphQL.NET parses them one by one), so
/// per request only the arguments that use a variable are parsed again, by GraphQL.NET, and the request's dictionary
/// holds every argument in the definitions' order, as GraphQL.NET's own.
/// </summary>
internal sealed class FieldArgumentEntry : ArgumentEntry
{
    private readonly GraphQLField _field;
    private readonly QueryArguments _definitions;
    private readonly IDictionary<string, ArgumentValue>? _fixed;
    private readonly QueryArguments? _variableDefinitions;
    private readonly ArgumentValue?[]? _fixedByDefinition;
    private readonly QueryArgument[]? _list;

    private FieldArgumentEntry(
        GraphQLField field,
        QueryArguments definitions,
        IDictionary<string, ArgumentValue>? fixedValues,
        QueryArgument[]? list = null,
        QueryArguments? variableDefinitions = null,
        ArgumentValue?[]? fixedByDefinition = null)
    {
        _list = list;
        _field = field;
        _definitions = definitions;
        _fixed = fixedValues;
        _variableDefinitions = variableDefinitions;
        _fixedByDefinition = fixedByDefinition;
    }

    public override bool IsFixed => _fixed is not null;

    /// <summary>The entry of a field; its values are parsed now when they use no variable (null when there are none to keep).</summary>
    public static FieldArgumentEntry? Create(GraphQLField field, QueryArguments? definitions, GraphQLDocument document)
    {
        if (definitions is not { Count: > 0 })
        {
            return null;
        }

        if (!UsesVariables(field.Arguments))
        {
            return new FieldArgumentEntry(field, definitions, ExecutionHelper.GetArguments(definitions, field.Arguments, null, document, field, null));
        }

        // The definitions whose value uses a variable, and the values of the others, parsed once as GraphQL.NET parses them.
        var variableDefinitions = new QueryArguments();
        var fixedByDefinition = new ArgumentValue?[definitions.Count];
        QueryArgument[] list = [.. definitions];
        for (var i = 0; i < list.Length; i++)
        {
            var definition = list[i];
            if (UsesVariables(ValueOf(field.Arguments, definition.Name)))
            {
                variableDefinitions.Add(definition);
            }
            else
            {
                fixedByDefinition[i] = ExecutionHelper.GetArguments(new QueryArguments(definition), field.Arguments, null, document, field, null)![definition.Name];
            }
        }

        // Every argument uses a variable: GraphQL.NET's one dictionary per request, as before.
        return variableDefinitions.Count == list.Length
            ? new FieldArgumentEntry(field, definitions, null)
            : new FieldArgumentEntry(field, definitions, null, list, variableDefinitions, fixedByDefinition);
    }

    public override void AddTo(
        Variables variables,
        ISchema schema,
        GraphQLDocument document,
        ref Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        ref Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives)
    {
        var values = _fixed ?? Values(variables, document);
        if (values is not null)
        {
            (arguments ??= []).Add(_field, values);
        }
    }

    private Dictionary<string, ArgumentValue>? Values(Variables variables, GraphQLDocument document)
    {
        if (_list is null || _variableDefinitions is null || _fixedByDefinition is null)
        {
            return ExecutionHelper.GetArguments(_definitions, _field.Arguments, variables, document, _field, null);
        }

        var parsed = ExecutionHelper.GetArguments(_variableDefinitions, _field.Arguments, variables, document, _field, null)!;
        var list = _list;
        var values = new Dictionary<string, ArgumentValue>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var name = list[i].Name;
            values[name] = _fixedByDefinition[i] ?? parsed[name];
        }

        return values;
    }

    /// <summary>The value GraphQL.NET takes for the argument <paramref name="name"/> (the last one of that name), or null.</summary>
    private static GraphQLValue? ValueOf(GraphQLArguments? arguments, string name)
    {
        GraphQLValue? value = null;
        if (arguments is not null)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    value = argument.Value;
                }
            }
        }

        return value;
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
