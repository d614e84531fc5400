using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Plans;
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
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(DbContext), "db");

    public static object? LoadList<TParent, TChild>(IResolveFieldContext context, string navigation, ChildOrder? order = null)
        where TParent : class
        where TChild : class
    {
        var field = BatchField.Of<TParent>(context);
        if (field is null)
        {
            return null;
        }

        var plans = Plans(context);
        var plan = new PlanKey(context.FieldAst, context.FieldDefinition, navigation);
        return field.Load<IReadOnlyList<object>>(context, (keys, ct) => FetchListAsync<TParent, TChild>(field, navigation, order, keys, plans, plan, ct));
    }

    public static object? LoadReference<TParent, TChild>(IResolveFieldContext context, string navigation)
        where TParent : class
        where TChild : class
    {
        var field = BatchField.Of<TParent>(context);
        if (field is null)
        {
            return null;
        }

        var plans = Plans(context);
        var plan = new PlanKey(context.FieldAst, context.FieldDefinition, navigation);
        return field.Load<object?>(context, (keys, ct) => FetchReferenceAsync<TParent, TChild>(field, navigation, keys, plans, plan, ct));
    }

    public static object LoadEntity<TEntity>(IResolveFieldContext context, object key)
        where TEntity : class
    {
        var source = BatchField.DataSource(context);
        var entityKey = EntityKey.Of(source.Model, typeof(TEntity));
        var plans = Plans(context);
        var loader = BatchLoaderRegistry.For<object?>(
            context,
            typeof(TEntity),
            () => new BatchLoader<object?>(async (keys, ct) =>
            {
                var db = source.CreateContext();
                await using (db.ConfigureAwait(false))
                {
                    // One key (a node, a by-id field): a statement compiled once per entity type, the key bound; several
                    // keys: another, the keys bound as one parameter.
                    var rows = plans is not { CompilesQueries: true }
                        ? null
                        : keys.Count == 1
                        ? await EntityByKey<TEntity>(plans, db, entityKey).ToListAsync(db, [entityKey.Convert(keys[0])], 1, ct).ConfigureAwait(false)
                        : plans.CompilesBatches && EntitiesByKeys<TEntity>(plans, db, entityKey) is { Compiled: true } shape
                        ? await shape.ToListAsync(db, entityKey.Bound(keys), keys.Count, ct).ConfigureAwait(false)
                        : null;
                    rows ??= await Entities<TEntity>(db, (Expression<Func<TEntity, bool>>)entityKey.ContainedIn(typeof(TEntity), keys))
                        .ToListAsync(ct).ConfigureAwait(false);
                    return rows.ToDictionary(r => entityKey.ValueOf(r)!, r => (object?)r);
                }
            }));
        return loader.Load(entityKey.Convert(key));
    }

    /// <summary>The engine's plans, or null when the engine is not registered (then every statement is ad hoc).</summary>
    private static CollectionPlans? Plans(IResolveFieldContext context) => context.RequestServices?.GetService<CollectionPlans>();

    /// <summary>
    /// The entities <paramref name="filter"/> keeps, without tracking, each read from its mapped columns only
    /// (<see cref="ProjectionBuilder.AllColumns"/>: not its shadow columns), or whole when it cannot be rebuilt that way.
    /// </summary>
    private static IQueryable<TEntity> Entities<TEntity>(DbContext db, Expression<Func<TEntity, bool>> filter)
        where TEntity : class
    {
        var query = db.Set<TEntity>().AsNoTracking().Where(filter);
        return new ProjectionBuilder(db.Model).AllColumns(typeof(TEntity)) is Expression<Func<TEntity, TEntity>> columns ? query.Select(columns) : query;
    }

    private static ShapeQuery<TEntity> EntityByKey<TEntity>(CollectionPlans plans, DbContext db, EntityKey entityKey)
        where TEntity : class =>
        plans.GetOrAddEntityQuery(typeof(TEntity), () =>
        {
            var key = Expression.Parameter(entityKey.Type, "key");
            var entity = Expression.Parameter(typeof(TEntity), "p");
            var filter = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(Expression.Property(entity, entityKey.Property), key), entity);
            return new ShapeQuery<TEntity>(Expression.Lambda(Entities(db, filter).Expression, Context, key), plans.Direct);
        });

    private static KeyShape<TEntity> EntitiesByKeys<TEntity>(CollectionPlans plans, DbContext db, EntityKey entityKey)
        where TEntity : class =>
        plans.GetOrAddEntityQuery(typeof(TEntity), () => KeyShape<TEntity>.Compile(
            db, Entities(db, (Expression<Func<TEntity, bool>>)entityKey.ContainedInKeys(typeof(TEntity), one: false)), plans));

    private static async Task<IReadOnlyDictionary<object, IReadOnlyList<object>>> FetchListAsync<TParent, TChild>(
        BatchField field, string navigation, ChildOrder? order, IReadOnlyList<object> keys, CollectionPlans? plans, PlanKey plan,
        CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var (source, parentKey) = (field.Source, field.ParentKey);
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            // Compiled once per field of the document, for one parent (a plain comparison) and for several (the keys as one
            // parameter); the keys bound.
            var one = keys.Count == 1;
            var shape = plans is { CompilesBatches: true }
                ? plans.GetOrAddQuery(
                    new QueryShapeKey(plan, "", one ? "list:1" : "list"),
                    (Field: field, Navigation: navigation, Order: order, Db: db, One: one, Plans: plans),
                    static s => KeyShape<BatchRow>.Compile(
                        s.Db,
                        ListQuery<TParent, TChild>(s.Db, s.Field, s.Navigation, s.Order, s.Field.ParentKey.ContainedInKeys(typeof(TParent), s.One)),
                        s.Plans))
                : null;
            var rows = await KeyShape<BatchRow>.RowsAsync(
                shape, db, parentKey.Bound(keys), keys.Count,
                () => ListQuery<TParent, TChild>(db, field, navigation, order, parentKey.ContainedIn(typeof(TParent), keys)), cancellationToken)
                .ConfigureAwait(false);
            return field.Group(rows, keys, order, childKey);
        }
    }

    /// <summary><c>parents.Where(filter).SelectMany(p =&gt; p.Nav, (p, c) =&gt; new BatchRow(p.Key, projection(c)))</c>.</summary>
    private static IQueryable<BatchRow> ListQuery<TParent, TChild>(DbContext db, BatchField field, string navigation, ChildOrder? order, LambdaExpression filter)
        where TParent : class
        where TChild : class
    {
        var projection = new ProjectionBuilder(field.Source.Model).Build(typeof(TChild), field.GraphType, field.Selection, order is null ? null : [order.Member]);
        var parent = Expression.Parameter(typeof(TParent), "p");
        var child = Expression.Parameter(typeof(TChild), "c");
        var collection = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(Expression.Property(parent, navigation), parent);
        var result = Expression.Lambda<Func<TParent, TChild, BatchRow>>(
            Expression.New(
                RowConstructor,
                Expression.Convert(Expression.Property(parent, field.ParentKey.Property), typeof(object)),
                Expression.Convert(ParameterReplacer.Replace(projection, child), typeof(object))),
            parent,
            child);
        return db.Set<TParent>().AsNoTracking().Where((Expression<Func<TParent, bool>>)filter).SelectMany(collection, result);
    }

    private static async Task<IReadOnlyDictionary<object, object?>> FetchReferenceAsync<TParent, TChild>(
        BatchField field, string navigation, IReadOnlyList<object> keys, CollectionPlans? plans, PlanKey plan, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var parentKey = field.ParentKey;
        var db = field.Source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            List<BatchRow>? rows = null;
            if (keys.Count == 1 && plans is { CompilesQueries: true })
            {
                // One parent (a node's reference): a statement compiled once per field of the document, the key bound.
                var compiled = plans.GetOrAddQuery(new QueryShapeKey(plan, "", "reference"), (Field: field, Navigation: navigation, Db: db, plans.Direct), static state =>
                {
                    var key = Expression.Parameter(state.Field.ParentKey.Type, "key");
                    var parent = Expression.Parameter(typeof(TParent), "p");
                    var filter = Expression.Lambda<Func<TParent, bool>>(
                        Expression.Equal(Expression.Property(parent, state.Field.ParentKey.Property), key), parent);
                    var query = state.Db.Set<TParent>().AsNoTracking().Where(filter).Select(ReferenceRow<TParent, TChild>(state.Field, state.Navigation));
                    return new ShapeQuery<BatchRow>(Expression.Lambda(query.Expression, Context, key), state.Direct);
                });
                rows = await compiled.ToListAsync(db, [parentKey.Convert(keys[0])], 1, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Several parents: compiled once per field of the document, the keys bound as one parameter.
                var shape = plans is { CompilesBatches: true }
                    ? plans.GetOrAddQuery(new QueryShapeKey(plan, "", "references"), (Field: field, Navigation: navigation, Db: db, Plans: plans), static state =>
                        KeyShape<BatchRow>.Compile(
                            state.Db,
                            ReferenceQuery<TParent, TChild>(state.Db, state.Field, state.Navigation, state.Field.ParentKey.ContainedInKeys(typeof(TParent), one: false)),
                            state.Plans))
                    : null;
                rows = await KeyShape<BatchRow>.RowsAsync(
                    shape, db, parentKey.Bound(keys), keys.Count,
                    () => ReferenceQuery<TParent, TChild>(db, field, navigation, parentKey.ContainedIn(typeof(TParent), keys)), cancellationToken)
                    .ConfigureAwait(false);
            }

            return rows.ToDictionary(r => r.Key, r => r.Value);
        }
    }

    private static IQueryable<BatchRow> ReferenceQuery<TParent, TChild>(DbContext db, BatchField field, string navigation, LambdaExpression filter)
        where TParent : class
        where TChild : class =>
        db.Set<TParent>().AsNoTracking().Where((Expression<Func<TParent, bool>>)filter).Select(ReferenceRow<TParent, TChild>(field, navigation));

    /// <summary><c>p =&gt; new BatchRow(p.Key, p.Nav == null ? null : projection(p.Nav))</c>.</summary>
    private static Expression<Func<TParent, BatchRow>> ReferenceRow<TParent, TChild>(BatchField field, string navigation)
        where TParent : class
        where TChild : class
    {
        var projection = new ProjectionBuilder(field.Source.Model).Build(typeof(TChild), field.GraphType, field.Selection);
        var parent = Expression.Parameter(typeof(TParent), "p");
        var access = Expression.Property(parent, navigation);
        var value = Expression.Condition(
            Expression.Equal(access, Expression.Constant(null, access.Type)),
            Expression.Constant(null, typeof(object)),
            Expression.Convert(ParameterReplacer.Replace(projection, access), typeof(object)));
        return Expression.Lambda<Func<TParent, BatchRow>>(
            Expression.New(RowConstructor, Expression.Convert(Expression.Property(parent, field.ParentKey.Property), typeof(object)), value),
            parent);
    }
}
