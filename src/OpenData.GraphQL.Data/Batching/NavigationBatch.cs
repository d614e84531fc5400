using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>
/// Loads a navigation for all parents of a level in one statement:
/// <c>parents.Where(p =&gt; keys.Contains(p.Key)).SelectMany(p =&gt; p.Nav, (p, c) =&gt; (p.Key, projection(c)))</c>.
/// Works the same for one-to-many and many-to-many (skip) navigations.
/// </summary>
internal static class NavigationBatch
{
    private static readonly System.Reflection.ConstructorInfo RowConstructor = typeof(BatchRow).GetConstructors()[0];

    public static object? LoadList<TParent, TChild>(IResolveFieldContext context, string navigation, ChildOrder? order = null)
        where TParent : class
        where TChild : class
    {
        var source = Source(context);
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
                FetchListAsync<TParent, TChild>(source, parentKey, navigation, order, graphType, selection, keys, ct)));
        return loader.Load(key);
    }

    public static object? LoadReference<TParent, TChild>(IResolveFieldContext context, string navigation)
        where TParent : class
        where TChild : class
    {
        var source = Source(context);
        var parentKey = EntityKey.Of(source.Model, typeof(TParent));
        if (context.Source is null || parentKey.ValueOf(context.Source) is not { } key)
        {
            return null;
        }

        var selection = SelectionTree.From(context.FieldAst.SelectionSet, context.Document);
        var graphType = context.FieldDefinition.ResolvedType;
        var loader = BatchLoaderRegistry.For<object?>(
            context,
            (context.FieldDefinition, context.FieldAst),
            () => new BatchLoader<object?>((keys, ct) =>
                FetchReferenceAsync<TParent, TChild>(source, parentKey, navigation, graphType, selection, keys, ct)));
        return loader.Load(key);
    }

    public static object LoadEntity<TEntity>(IResolveFieldContext context, object key)
        where TEntity : class
    {
        var source = Source(context);
        var entityKey = EntityKey.Of(source.Model, typeof(TEntity));
        var loader = BatchLoaderRegistry.For<object?>(
            context,
            typeof(TEntity),
            () => new BatchLoader<object?>(async (keys, ct) =>
            {
                var db = source.CreateContext();
                await using (db.ConfigureAwait(false))
                {
                    var filter = (Expression<Func<TEntity, bool>>)entityKey.ContainedIn(typeof(TEntity), keys);
                    var rows = await db.Set<TEntity>().AsNoTracking().Where(filter).ToListAsync(ct).ConfigureAwait(false);
                    return rows.ToDictionary(r => entityKey.ValueOf(r)!, r => (object?)r);
                }
            }));
        return loader.Load(entityKey.Convert(key));
    }

    private static async Task<IReadOnlyDictionary<object, IReadOnlyList<object>>> FetchListAsync<TParent, TChild>(
        IDataContextSource source, EntityKey parentKey, string navigation, ChildOrder? order, IGraphType? graphType, SelectionTree selection,
        IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), graphType, selection, order is null ? null : [order.Member]);
        var parent = Expression.Parameter(typeof(TParent), "p");
        var child = Expression.Parameter(typeof(TChild), "c");
        var collection = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(Expression.Property(parent, navigation), parent);
        var result = Expression.Lambda<Func<TParent, TChild, BatchRow>>(
            Expression.New(
                RowConstructor,
                Expression.Convert(Expression.Property(parent, parentKey.Property), typeof(object)),
                Expression.Convert(ParameterReplacer.Replace(projection, child), typeof(object))),
            parent,
            child);

        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var filter = (Expression<Func<TParent, bool>>)parentKey.ContainedIn(typeof(TParent), keys);
            var rows = await db.Set<TParent>().AsNoTracking().Where(filter).SelectMany(collection, result)
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

    private static async Task<IReadOnlyDictionary<object, object?>> FetchReferenceAsync<TParent, TChild>(
        IDataContextSource source, EntityKey parentKey, string navigation, IGraphType? graphType, SelectionTree selection,
        IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), graphType, selection);
        var parent = Expression.Parameter(typeof(TParent), "p");
        var access = Expression.Property(parent, navigation);
        var value = Expression.Condition(
            Expression.Equal(access, Expression.Constant(null, access.Type)),
            Expression.Constant(null, typeof(object)),
            Expression.Convert(ParameterReplacer.Replace(projection, access), typeof(object)));
        var select = Expression.Lambda<Func<TParent, BatchRow>>(
            Expression.New(RowConstructor, Expression.Convert(Expression.Property(parent, parentKey.Property), typeof(object)), value),
            parent);

        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var filter = (Expression<Func<TParent, bool>>)parentKey.ContainedIn(typeof(TParent), keys);
            var rows = await db.Set<TParent>().AsNoTracking().Where(filter).Select(select)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Key, r => r.Value);
        }
    }

    private static IDataContextSource Source(IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("The query engine needs ExecutionOptions.RequestServices."))
            .GetRequiredService<IDataContextSource>();
}
