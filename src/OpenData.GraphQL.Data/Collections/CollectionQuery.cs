using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Contexts;
using OpenData.GraphQL.Data.Filtering;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Paging;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Data.Projection;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Collections;

/// <summary>
/// What a request asks of a collection: its filter (translated per request with its values bound to parameters),
/// the plan of its shape (order keys, cursor fingerprint, projection) from the engine's bounded plan cache, and the
/// page statement, compiled once per query shape (the plan, the filter's shape, the cursors' shapes) and run with
/// this request's values. A source narrowed by an extra argument, a source that is not a plain entity set, or a
/// cache of size 0 takes the ad-hoc LINQ path instead (the same SQL).
/// </summary>
internal sealed class CollectionQuery<TEntity>
    where TEntity : class
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(DbContext), "db");

    private readonly CollectionPlans _plans;
    private readonly PlanKey _key;
    private readonly string _whereShape;
    private readonly Func<DbContext, IQueryable<TEntity>> _query;
    private readonly bool _compiles;
    private readonly object? _where;
    private readonly ValueSlots _values;
    private Translated? _translated;
    private Expression<Func<TEntity, bool>>? _inlined;

    private CollectionQuery(
        CollectionPlans plans, PlanKey key, object? where, Func<DbContext, IQueryable<TEntity>> query, bool restricted,
        ValueSlots values, SortTranslator sorter, CollectionPlan shape)
    {
        _plans = plans;
        _key = key;
        _where = where;
        _whereShape = ValueShape.Of(where);
        _query = query;
        _compiles = plans.CompilesQueries && !restricted;
        _values = values;
        Sorter = sorter;
        Shape = shape;
    }

    public IDataContextSource Source => _plans.Source;

    public SortTranslator Sorter { get; }

    public CollectionPlan Shape { get; }

    public IReadOnlyList<SortKey> Keys => Shape.Keys;

    /// <summary>The query of one request of <paramref name="context"/>'s field over <paramref name="query"/>.</summary>
    public static CollectionQuery<TEntity> Create(
        IResolveFieldContext context, Func<DbContext, IQueryable<TEntity>> query, bool restricted, IComplexGraphType resultType, bool cursor)
    {
        var plans = (context.RequestServices ?? throw new InvalidOperationException("The query engine needs ExecutionOptions.RequestServices."))
            .GetRequiredService<CollectionPlans>();
        var source = plans.Source;
        var where = Argument(context, "where");

        // Only the filter's values (checked and converted as a translation would): the predicate is built when a
        // statement needs it, which a request of an already compiled shape does not.
        var values = new ValueSlots();
        FilterTranslator.BindValues<TEntity>(source.Model, values, where);
        var sorter = new SortTranslator(source.Model, source.NeedsExplicitNullOrdering);
        var order = Argument(context, "order");
        var key = new PlanKey(context.FieldAst, context.FieldDefinition, OrderSignature.Of(order));
        var shape = plans.GetOrAdd(
            key,
            (Context: context, Sorter: sorter, Order: order, ResultType: resultType, Cursor: cursor, Model: source.Model),
            static (_, state) => Build(state.Context, state.Sorter, state.Order, state.ResultType, state.Cursor, state.Model));
        return new CollectionQuery<TEntity>(plans, key, where, query, restricted, values, sorter, shape);
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static CollectionPlan Build(
        IResolveFieldContext context, SortTranslator sorter, object? order, IComplexGraphType resultType, bool cursor,
        Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var keys = sorter.Keys<TEntity>(order);
        var fingerprint = SortTranslator.Fingerprint(typeof(TEntity), keys);
        var selected = SelectionTree.From(context.FieldAst.SelectionSet, context.Document);
        var rowsField = cursor ? "nodes" : "items";
        if (selected[rowsField] is null && selected["pageInfo"] is null && (!cursor || selected["edges"] is null))
        {
            return new CollectionPlan(keys, fingerprint, selectsRows: false, node: null, row: null);
        }

        var selection = cursor ? selected.Merge(["nodes"], ["edges", "node"]) : selected.Merge(["items"]);
        var node = new ProjectionBuilder(model).Build(typeof(TEntity), resultType.GetField(rowsField)?.ResolvedType, selection);
        if (!cursor)
        {
            return new CollectionPlan(keys, fingerprint, selectsRows: true, node, row: null);
        }

        // The rows carry their key values only for a selection that reads a cursor (the selection is a superset of
        // what any request of this document reads: aliases, fragments and skipped fields included).
        var readsCursors = selected["edges"]?["cursor"] is not null
            || selected["pageInfo"]?["startCursor"] is not null || selected["pageInfo"]?["endCursor"] is not null;
        return new CollectionPlan(keys, fingerprint, selectsRows: true, node, RowProjection.Build<TEntity>(node, readsCursors ? keys : []));
    }

    /// <summary>The filtered query (no order, no paging) with the values as closures, for counts and aggregates.</summary>
    public IQueryable<TEntity> Filtered(DbContext db)
    {
        var query = _query(db).AsNoTracking();
        var translated = Translation();
        if (translated.Predicate is null)
        {
            return query;
        }

        // Several fields of one request (totalCount, aggregates) may ask at once; each builds the same inlined predicate.
        _inlined ??= translated.Slots.Inline(translated.Predicate);
        return query.Where(_inlined);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        AsFilteredQuery().RunAsync((query, ct) => ((IQueryable<TEntity>)query).CountAsync(ct), cancellationToken);

    public FilteredQuery AsFilteredQuery() => new(Source, Filtered);

    /// <summary>The rows of one cursor page (see <see cref="CursorPager"/>).</summary>
    public Task<List<EdgeResult>> ReadPageAsync(DbContext db, PageRequest request, CancellationToken cancellationToken)
    {
        var row = (Expression<Func<TEntity, EdgeResult>>)Shape.Row!;
        var source = _query(db);
        if (!_compiles || source.Expression is not QueryRootExpression)
        {
            var page = Filtered(db);
            if (request.After is { } after)
            {
                page = page.Where(KeysetPredicate.Build<TEntity>(Keys, after, backward: false));
            }

            if (request.Before is { } before)
            {
                page = page.Where(KeysetPredicate.Build<TEntity>(Keys, before, backward: true));
            }

            return Sorter.Apply(page, Keys, reverse: request.Backward).Select(row).Take(request.Take).ToListAsync(cancellationToken);
        }

        var variant = request.After is null && request.Before is null
            ? (request.Backward ? "-|-|<" : "-|-|>")
            : ValueShape.OfCursor(request.After) + "|" + ValueShape.OfCursor(request.Before) + (request.Backward ? "|<" : "|>");
        var compiled = _plans.GetOrAddQuery(
            new QueryShapeKey(_key, _whereShape, variant),
            (Query: this, Source: source, Request: request, Row: row),
            static state =>
            {
                // Built over marked cursors: each bound value names the cursor position it stands for (CursorSlots).
                var cursors = new ValueSlots("c");
                var page = state.Query.Where(state.Source.AsNoTracking());
                if (CursorSlots.Mark(state.Request.After, 0) is { } after)
                {
                    page = page.Where(KeysetPredicate.Build<TEntity>(state.Query.Keys, after, backward: false, cursors));
                }

                if (CursorSlots.Mark(state.Request.Before, state.Request.After?.Length ?? 0) is { } before)
                {
                    page = page.Where(KeysetPredicate.Build<TEntity>(state.Query.Keys, before, backward: true, cursors));
                }

                var take = Expression.Parameter(typeof(int), "take");
                var rows = state.Query.Sorter.Apply(page, state.Query.Keys, reverse: state.Request.Backward).Select(state.Row);
                var body = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(EdgeResult)], rows.Expression, take);
                return new PageShapeQuery<EdgeResult>(
                    Compile<EdgeResult>(state.Query._plans, body, [.. state.Query.FilterParameters(), .. cursors.Parameters, take]),
                    CursorSlots.Record(cursors.Values));
            });
        return compiled.Query.ToListAsync(db, compiled.Cursors.Bind(_values.Values, request.After, request.Before, request.Take), request.Take, cancellationToken);
    }

    /// <summary>The rows of one offset page: <c>skip</c> rows in key order skipped, at most <paramref name="take"/> read.</summary>
    public Task<List<object>> ReadSegmentAsync(DbContext db, int skip, int take, CancellationToken cancellationToken)
    {
        var source = _query(db);
        var node = Shape.Node!;
        if (!_compiles || source.Expression is not QueryRootExpression)
        {
            return Sorter.Apply(Filtered(db), Keys).Select(AsObject(node)).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }

        var skipParameter = Expression.Parameter(typeof(int), "skip");
        var takeParameter = Expression.Parameter(typeof(int), "take");
        var compiled = _plans.GetOrAddQuery(
            new QueryShapeKey(_key, _whereShape, "offset"),
            (Query: this, Source: source, Node: node, Skip: skipParameter, Take: takeParameter),
            static state =>
            {
                var items = state.Query.Sorter.Apply(state.Query.Where(state.Source.AsNoTracking()), state.Query.Keys).Select(AsObject(state.Node));
                var skipped = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(object)], items.Expression, state.Skip);
                var body = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(object)], skipped, state.Take);
                return Compile<object>(state.Query._plans, body, [.. state.Query.FilterParameters(), state.Skip, state.Take]);
            });
        return compiled.ToListAsync(db, [.. _values.Values, skip, take], take, cancellationToken);
    }

    /// <summary>The filter with its values as parameters (for a compiled shape).</summary>
    private IQueryable<TEntity> Where(IQueryable<TEntity> query) => Translation().Predicate is { } predicate ? query.Where(predicate) : query;

    /// <summary>The filter's parameters, in the order of <see cref="_values"/> (the same walk binds both).</summary>
    private IReadOnlyList<ParameterExpression> FilterParameters()
    {
        var parameters = Translation().Slots.Parameters;
        return parameters.Count == _values.Values.Count
            ? parameters
            : throw new InvalidOperationException($"The filter bound {_values.Values.Count} values but its predicate has {parameters.Count} parameters.");
    }

    /// <summary>The translated filter (built once per request that needs it; concurrent builds are equal).</summary>
    private Translated Translation()
    {
        if (_translated is { } done)
        {
            return done;
        }

        var slots = new ValueSlots();
        var predicate = new FilterTranslator(_plans.Source.Model, slots).Translate<TEntity>(_where);
        return _translated = new Translated(predicate, slots);
    }

    private sealed record Translated(Expression<Func<TEntity, bool>>? Predicate, ValueSlots Slots);

    private static Expression<Func<TEntity, object>> AsObject(LambdaExpression node) =>
        Expression.Lambda<Func<TEntity, object>>(Expression.Convert(node.Body, typeof(object)), node.Parameters);

    private static ShapeQuery<TResult> Compile<TResult>(CollectionPlans plans, Expression body, ParameterExpression[] parameters) =>
        new(Expression.Lambda(body, [Context, .. parameters]), plans.Direct);
}
