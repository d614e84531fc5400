using OpenData.GraphQL.Data.Contexts;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>
/// A batched relation field at one parent: where rows come from, the parent's key, and what the field selects.
/// Every parent of the level queues its key in one loader per field and request; the first to be awaited fetches all.
/// </summary>
internal sealed record BatchField(IDataContextSource Source, EntityKey ParentKey, object Key, SelectionTree Selection, IGraphType? GraphType)
{
    /// <summary>The field at the current parent, or null when there is no parent (or it has no key).</summary>
    public static BatchField? Of<TParent>(IResolveFieldContext context)
    {
        var source = DataSource(context);
        var parentKey = EntityKey.Of(source.Model, typeof(TParent));
        if (context.Source is null || parentKey.ValueOf(context.Source) is not { } key)
        {
            return null;
        }

        return new BatchField(source, parentKey, key, SelectionOf(context), context.FieldDefinition.ResolvedType);
    }

    /// <summary>
    /// What the field selects, worked out once per field of a document (a cached document is executed again and again,
    /// and this runs once per parent row): the selection of a field node never changes, nor the fragments of its document.
    /// </summary>
    private static SelectionTree SelectionOf(IResolveFieldContext context)
    {
        var field = context.FieldAst;
        if (Selections.TryGetValue(field, out var known))
        {
            return known;
        }

        var selection = SelectionTree.From(field.SelectionSet, context.Document);
        Selections.AddOrUpdate(field, selection);
        return selection;
    }

    private static readonly ConditionalWeakTable<GraphQLField, SelectionTree> Selections = [];

    public static IDataContextSource DataSource(IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("The query engine needs ExecutionOptions.RequestServices."))
            .GetRequiredService<IDataContextSource>();

    /// <summary>Queues this parent's key in the field's loader for the request.</summary>
    public object Load<TValue>(IResolveFieldContext context, Func<IReadOnlyList<object>, CancellationToken, Task<IReadOnlyDictionary<object, TValue>>> fetch) =>
        BatchLoaderRegistry.For(context, (context.FieldDefinition, context.FieldAst), () => new BatchLoader<TValue>(fetch)).Load(Key);

    /// <summary>Children grouped under every requested parent key (empty lists included), each list in the field's order.</summary>
    public IReadOnlyDictionary<object, IReadOnlyList<object>> Group(IEnumerable<BatchRow> rows, IReadOnlyList<object> keys, ChildOrder? order, EntityKey childKey)
    {
        var grouped = keys.ToDictionary(k => ParentKey.Convert(k), _ => new List<object>());
        foreach (var row in rows)
        {
            grouped[row.Key].Add(row.Value!);
        }

        return grouped.ToDictionary(g => g.Key, g => ChildOrder.Sort(g.Value, order, childKey));
    }
}
