using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
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
        var field = BatchField.Of<TParent>(context);
        return field?.Load<IReadOnlyList<object>>(context, (keys, ct) => FetchListAsync<TParent, TChild>(field, navigation, order, keys, ct));
    }

    public static object? LoadReference<TParent, TChild>(IResolveFieldContext context, string navigation)
        where TParent : class
        where TChild : class
    {
        var field = BatchField.Of<TParent>(context);
        return field?.Load<object?>(context, (keys, ct) => FetchReferenceAsync<TParent, TChild>(field, navigation, keys, ct));
    }

    public static object LoadEntity<TEntity>(IResolveFieldContext context, object key)
        where TEntity : class
    {
        var source = BatchField.DataSource(context);
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
        BatchField field, string navigation, ChildOrder? order, IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var (source, parentKey) = (field.Source, field.ParentKey);
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), field.GraphType, field.Selection, order is null ? null : [order.Member]);
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
            return field.Group(rows, keys, order, childKey);
        }
    }

    private static async Task<IReadOnlyDictionary<object, object?>> FetchReferenceAsync<TParent, TChild>(
        BatchField field, string navigation, IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var (source, parentKey) = (field.Source, field.ParentKey);
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), field.GraphType, field.Selection);
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
}
