using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Execution.Rows;

/// <summary>
/// An item of a list whose fields a <see cref="RowPlan"/> lists: one node instead of GraphQL.NET's
/// <see cref="ObjectExecutionNode"/>, its <c>SubFields</c> array and a <see cref="ValueExecutionNode"/> per field, with
/// the fields' serialized values in one array. It behaves as that object node does: completed (type check) as an item,
/// then queued once more for its fields at the place GraphQL.NET queues the first of them (see
/// <see cref="ApplyToChildren"/>), null when a non-null field is null (<see cref="PropagateNull"/>), a
/// <see cref="Dictionary{TKey, TValue}"/> to <see cref="ToValue"/>.
/// </summary>
public sealed class RowNode : ExecutionNode, IParentExecutionNode
{
    private const int Built = 0;
    private const int Queued = 1;
    private const int Resolved = 2;

    private int _state;

    internal RowNode(ExecutionNode parent, IObjectGraphType graphType, GraphQLField field, FieldType fieldDefinition, int index, RowPlan plan)
        : base(parent, graphType, field, fieldDefinition, index) => Plan = plan;

    internal RowPlan Plan { get; }

    /// <summary>The fields' serialized values in the plan's order; null while unresolved or when the row is null.</summary>
    internal object?[]? Values { get; set; }

    /// <summary>Whether the row was queued for its fields and they have not been resolved yet.</summary>
    internal bool IsQueued => _state == Queued;

    /// <summary>The response names of the fields, in order (<see cref="Values"/> holds their values).</summary>
    internal RowLeaf[] Leaves => Plan.Leaves;

    internal void MarkResolved() => _state = Resolved;

    /// <summary>
    /// The row's fields as <see cref="ObjectExecutionNode.ToValue"/> gives them: a dictionary of response name to
    /// serialized value, or null. <see cref="PropagateNull"/> must be called first.
    /// </summary>
    public override object? ToValue()
    {
        if (Values is not { } values)
        {
            return null;
        }

        var leaves = Plan.Leaves;
        var fields = new Dictionary<string, object?>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            fields.Add(leaves[i].Name, values[i]);
        }

        return fields;
    }

    /// <summary>As <see cref="ObjectExecutionNode.PropagateNull"/>: the row is null when a non-null field is null.</summary>
    public override bool PropagateNull()
    {
        if (Values is not { } values)
        {
            return true;
        }

        var leaves = Plan.Leaves;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null && leaves[i].NonNull)
            {
                Values = null;
                return true;
            }
        }

        return false;
    }

    /// <summary>None: the row's fields are values, not nodes.</summary>
    IEnumerable<ExecutionNode> IParentExecutionNode.GetChildNodes() => [];

    /// <summary>
    /// The first time, once the row has a value, queues the row itself (where GraphQL.NET would queue its first field
    /// node, the others following it): <see cref="RowExecutionStrategy"/> then resolves its fields. Afterwards, nothing.
    /// </summary>
    public void ApplyToChildren<TState>(Action<ExecutionNode, TState> action, TState state, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_state == Built && Result is not null)
        {
            _state = Queued;
            action(this, state);
        }
    }
}
