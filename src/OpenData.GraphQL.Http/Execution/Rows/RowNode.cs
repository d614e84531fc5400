using System.Runtime.CompilerServices;
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

    // The fields' serialized values in the plan's order: up to four in the node itself, more in an array.
    private InlineValues _inline;
    private object?[]? _more;
    private bool _hasValues;

    internal RowPlan Plan { get; }

    /// <summary>Whether the row has its values: false while unresolved or when the row is null.</summary>
    internal bool HasValues => _hasValues;

    /// <summary>The fields' serialized values in the plan's order; empty while unresolved or when the row is null.</summary>
    internal ReadOnlySpan<object?> Values => !_hasValues ? default : _more ?? ((ReadOnlySpan<object?>)_inline)[..Plan.Leaves.Length];

    /// <summary>Sets the value of the field at <paramref name="index"/> (before <see cref="CompleteValues"/>).</summary>
    internal void SetValue(int index, object? value)
    {
        var count = Plan.Leaves.Length;
        if (count > InlineValues.Length)
        {
            (_more ??= new object?[count])[index] = value;
        }
        else
        {
            _inline[index] = value;
        }
    }

    /// <summary>Every value is set: the row has its values.</summary>
    internal void CompleteValues() => _hasValues = true;

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
        if (!_hasValues)
        {
            return null;
        }

        var values = Values;
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
        if (!_hasValues)
        {
            return true;
        }

        var values = Values;
        var leaves = Plan.Leaves;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null && leaves[i].NonNull)
            {
                _hasValues = false;
                _inline = default;
                _more = null;
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

/// <summary>Four values held inline (a row of up to four fields needs no array of its own).</summary>
[InlineArray(Length)]
internal struct InlineValues
{
    public const int Length = 4;

    private object? _first;
}
