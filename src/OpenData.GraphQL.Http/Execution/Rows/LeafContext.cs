using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace OpenData.GraphQL.Http.Execution.Rows;

/// <summary>
/// The resolve context a row gives its fields' resolvers, reused field after field (as GraphQL.NET reuses its
/// <see cref="ReadonlyResolveFieldContext"/>). What needs no node is answered from the row and the execution; what
/// depends on the field's node (its path, parent context, arguments, directives, sub-fields) from GraphQL.NET's
/// <see cref="ReadonlyResolveFieldContext"/> over the <see cref="ValueExecutionNode"/> GraphQL.NET would have made,
/// made only when asked for. Every member answers what GraphQL.NET's context would.
/// </summary>
internal sealed class LeafContext : IResolveFieldContext<object?>
{
    [ThreadStatic]
    private static LeafContext? _free;

    private ExecutionContext _context = null!;
    private RowNode _row = null!;
    private RowLeaf _leaf = null!;
    private ReadonlyResolveFieldContext? _node;

    /// <summary>A context for <paramref name="row"/>'s fields; give it back with <see cref="Return"/>.</summary>
    public static LeafContext Rent(ExecutionContext context, RowNode row)
    {
        var leafContext = _free ?? new LeafContext();
        _free = null;
        leafContext._context = context;
        leafContext._row = row;
        return leafContext;
    }

    /// <summary>Points the context at <paramref name="leaf"/>.</summary>
    public LeafContext For(RowLeaf leaf)
    {
        _leaf = leaf;
        _node = null;
        return this;
    }

    /// <summary>Clears the context and keeps it for the thread's next row.</summary>
    public void Return()
    {
        _context = null!;
        _row = null!;
        _leaf = null!;
        _node = null;
        _free = this;
    }

    private ReadonlyResolveFieldContext Node => _node ??= new ReadonlyResolveFieldContext(_leaf.NodeUnder(_row), _context);

    public object? Source => _row.Result;

    public GraphQLField FieldAst => _leaf.Field;

    public FieldType FieldDefinition => _leaf.Definition;

    public IObjectGraphType ParentType => (IObjectGraphType)_row.GraphType;

    public IResolveFieldContext? Parent => Node.Parent;

    public IDictionary<string, ArgumentValue>? Arguments => Node.Arguments;

    public IDictionary<string, DirectiveInfo>? Directives => Node.Directives;

    public object? RootValue => _context.RootValue;

    public ISchema Schema => _context.Schema;

    public GraphQLDocument Document => _context.Document;

    public GraphQLOperationDefinition Operation => _context.Operation;

    public Variables Variables => _context.Variables;

    public CancellationToken CancellationToken => _context.CancellationToken;

    public Metrics Metrics => _context.Metrics;

    public ExecutionErrors Errors => _context.Errors;

    public IEnumerable<object> Path => Node.Path;

    public IEnumerable<object> ResponsePath => Node.ResponsePath;

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => Node.SubFields;

    public IReadOnlyDictionary<string, object?> InputExtensions => _context.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => _context.OutputExtensions;

    public IServiceProvider? RequestServices => _context.RequestServices;

    public IExecutionArrayPool ArrayPool => _context;

    public ClaimsPrincipal? User => _context.User;

    public IExecutionContext ExecutionContext => _context;

    public IDictionary<string, object?> UserContext => _context.UserContext;
}
