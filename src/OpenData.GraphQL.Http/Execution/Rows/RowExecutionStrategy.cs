using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace OpenData.GraphQL.Http.Execution.Rows;

/// <summary>
/// GraphQL.NET's <see cref="ParallelExecutionStrategy"/>, with the items of a list whose fields are all plain leaves
/// (a <see cref="RowPlan"/>: argument-free, directive-free scalar and enum fields whose resolvers return plain values)
/// executed as one <see cref="RowNode"/> each instead of an object node with a node per field. A row resolves its fields
/// where GraphQL.NET would resolve its field nodes, one after another, with the same resolvers, the same
/// <c>Serialize</c> of each field's graph type and the same non-null check; a field that throws or fails that check is
/// handed to GraphQL.NET's own completion and error handling over the field node it would have had, so the errors,
/// their paths and the null propagation are GraphQL.NET's. Any other selection gets GraphQL.NET's nodes.
/// </summary>
public sealed class RowExecutionStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLField, PlansOfField> _plans = [];
    private long _rows;

    /// <summary>How many list items were executed as rows (a figure for tests and benchmarks).</summary>
    public long RowsExecuted => Interlocked.Read(ref _rows);

    /// <inheritdoc/>
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var itemType = ((ListGraphType)parent.GraphType).ResolvedType;
        if (itemType is NonNullGraphType nonNull)
        {
            itemType = nonNull.ResolvedType;
        }

        // The plan is made here, where the document is at hand; BuildExecutionNode, called for each item, finds it.
        if (itemType is IObjectGraphType objectType && parent.Field.SelectionSet is { } selection)
        {
            var plans = _plans.GetValue(parent.Field, static _ => new PlansOfField());
            if (!plans.TryFind(objectType, out _))
            {
                plans.Add(objectType, RowPlan.Create(
                    context.Schema, context.Document, objectType, selection, () => CollectFieldsFrom(context, objectType, selection, null)));
            }
        }

        return base.SetArrayItemNodesAsync(context, parent);
    }

    /// <inheritdoc/>
    protected override ExecutionNode BuildExecutionNode(
        ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        if (indexInParentNode is { } index && parent is ArrayExecutionNode
            && (graphType is NonNullGraphType nonNull ? nonNull.ResolvedType : graphType) is IObjectGraphType objectType
            && _plans.TryGetValue(field, out var plans) && plans.TryFind(objectType, out var plan) && plan is not null)
        {
            return new RowNode(parent, objectType, field, fieldDefinition, index, plan);
        }

        return base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    /// <inheritdoc/>
    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        node is RowNode { IsQueued: true } row ? ResolveRowAsync(context, row) : base.ExecuteNodeAsync(context, node);

    /// <summary>
    /// Resolves the row's fields in order, as GraphQL.NET's <c>ExecuteNodeAsync</c> and <c>CompleteNodeAsync</c> resolve
    /// and complete a field node: the resolver, then the graph type's <c>Serialize</c> and the non-null check. A field
    /// whose resolver throws goes through GraphQL.NET's error handling, and one whose value does not serialize or is null
    /// where it may not be through GraphQL.NET's completion, each over the field node GraphQL.NET would have made.
    /// </summary>
    private async Task ResolveRowAsync(ExecutionContext context, RowNode row)
    {
        row.MarkResolved();
        var leaves = row.Leaves;
        var leafContext = LeafContext.Rent(context, row);
        for (var i = 0; i < leaves.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var leaf = leaves[i];
            object? result;
            try
            {
                var pending = leaf.Resolver.ResolveAsync(leafContext.For(leaf));
                result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExecutionError error)
            {
                var node = leaf.NodeUnder(row);
                SetNodeError(context, node, error);
                row.SetValue(i, node.Result);
                continue;
            }
            catch (Exception ex)
            {
                var node = leaf.NodeUnder(row);
                if (await ProcessNodeUnhandledExceptionAsync(context, node, ex).ConfigureAwait(false))
                {
                    throw;
                }

                row.SetValue(i, node.Result);
                continue;
            }

            if (result is IDataLoaderResult)
            {
                // RowPlan takes no field whose resolver can answer one.
                throw new InvalidOperationException($"The field '{leaf.Name}' of a row answered a data loader result.");
            }

            if (TrySerialize(leaf, result, out var value))
            {
                row.SetValue(i, value);
            }
            else
            {
                var node = leaf.NodeUnder(row);
                node.Result = result;
                await CompleteNodeAsync(context, node).ConfigureAwait(false);
                row.SetValue(i, node.Result);
            }
        }

        leafContext.Return();
        row.CompleteValues();
        Interlocked.Increment(ref _rows);
    }

    /// <summary>The field's value serialized by its graph type, unless that throws or gives null for a non-null field.</summary>
    private static bool TrySerialize(RowLeaf leaf, object? result, out object? value)
    {
        try
        {
            value = leaf.Type.Serialize(result);
        }
#pragma warning disable CA1031 // The field is completed again by GraphQL.NET, which reports the failure as it does.
        catch (Exception)
#pragma warning restore CA1031
        {
            value = null;
            return false;
        }

        return value is not null || !leaf.NonNull;
    }

    /// <summary>The plans of one list field's selection, by item type (one, unless the field sits under an abstract type).</summary>
    private sealed class PlansOfField
    {
        private readonly Lock _gate = new();
        private (IObjectGraphType Type, RowPlan? Plan)[] _plans = [];

        public bool TryFind(IObjectGraphType type, out RowPlan? plan)
        {
            foreach (var entry in Volatile.Read(ref _plans))
            {
                if (ReferenceEquals(entry.Type, type))
                {
                    plan = entry.Plan;
                    return true;
                }
            }

            plan = null;
            return false;
        }

        public void Add(IObjectGraphType type, RowPlan? plan)
        {
            lock (_gate)
            {
                if (!TryFind(type, out _))
                {
                    Volatile.Write(ref _plans, [.. _plans, (type, plan)]);
                }
            }
        }
    }
}
