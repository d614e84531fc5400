using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>
/// Loads, for all parents of a level in one statement, the children whose foreign-key-like property equals the
/// parent's key: <c>children.Where(c =&gt; filter(c) &amp;&amp; keys.Contains(c.Fk)).Select(c =&gt; (c.Fk, projection(c)))</c>.
/// It needs no navigation on the parent, so it also serves inverse and polymorphic relations.
/// </summary>
internal static class KeyBatch
{
    private static readonly System.Reflection.ConstructorInfo RowConstructor = typeof(BatchRow).GetConstructors()[0];

    public static object? LoadList<TParent, TChild>(
        IResolveFieldContext context, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order = null)
        where TParent : class
        where TChild : class
    {
        var source = (context.RequestServices ?? throw new InvalidOperationException("The query engine needs ExecutionOptions.RequestServices."))
            .GetRequiredService<IDataContextSource>();
        var parentKey = EntityKey.Of(source.Model, typeof(TParent));
        if (context.Source is null || parentKey.ValueOf(context.Source) is not { } key)
        {
            return null;
        }

        var selection = SelectionTree.From(context.FieldAst.SelectionSet, context.Document);
        var graphType = context.FieldDefinition.ResolvedType;
        var loader = BatchLoaderRegistry.For<IReadOnlyList<object>>(
            context,
            (context.FieldDefinition, context.FieldAst),
            () => new BatchLoader<IReadOnlyList<object>>((keys, ct) =>
                FetchAsync(source, parentKey, foreignKey, filter, order, graphType, selection, keys, ct)));
        return loader.Load(key);
    }

    private static async Task<IReadOnlyDictionary<object, IReadOnlyList<object>>> FetchAsync<TChild>(
        IDataContextSource source, EntityKey parentKey, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order,
        global::GraphQL.Types.IGraphType? graphType, SelectionTree selection, IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TChild : class
    {
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), graphType, selection, order is null ? null : [order.Member]);
        var child = Expression.Parameter(typeof(TChild), "c");
        var fk = Expression.Property(child, foreignKey);
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(fk.Type))!;
        foreach (var key in keys)
        {
            list.Add(parentKey.Convert(key));
        }

        Expression condition = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [fk.Type], ParameterValue.Of(list, list.GetType()), fk);
        if (filter is not null)
        {
            condition = Expression.AndAlso(ParameterReplacer.Replace(filter, child), condition);
        }

        var select = Expression.Lambda<Func<TChild, BatchRow>>(
            Expression.New(
                RowConstructor,
                Expression.Convert(fk, typeof(object)),
                Expression.Convert(ParameterReplacer.Replace(projection, child), typeof(object))),
            child);

        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Set<TChild>().AsNoTracking()
                .Where(Expression.Lambda<Func<TChild, bool>>(condition, child))
                .Select(select)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var grouped = keys.ToDictionary(k => parentKey.Convert(k), _ => new List<object>());
            foreach (var row in rows)
            {
                grouped[row.Key].Add(row.Value!);
            }

            return grouped.ToDictionary(
                g => g.Key,
                g => ChildOrder.Sort(g.Value, order, childKey));
        }
    }
}
