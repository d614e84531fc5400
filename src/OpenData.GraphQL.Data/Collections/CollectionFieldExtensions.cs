using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Aggregates;
using OpenData.GraphQL.Data.Filtering;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Paging;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Data.Projection;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Collections;

/// <summary>
/// Declares HotChocolate-style collection fields: <c>where</c>, <c>order</c> and cursor (or offset) paging over an
/// EF Core query, resolved in one SQL statement that reads only the selected columns.
/// </summary>
public static class CollectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before, where, order): &lt;Name&gt;Connection</c> (or, with offset paging,
    /// <c>name(skip, take, where, order): &lt;Name&gt;CollectionSegment</c>) over <c>db.Set&lt;TEntity&gt;()</c>
    /// or <paramref name="source"/>.
    /// </summary>
    public static FieldType Collection<TEntity, TGraph>(
        this IComplexGraphType parent, string name, string description,
        Func<DbContext, IQueryable<TEntity>>? source = null, Action<CollectionFieldOptions<TEntity>>? configure = null)
        where TEntity : class
        where TGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(description);
        var options = new CollectionFieldOptions<TEntity>();
        configure?.Invoke(options);
        options.Validate();
        var query = source ?? (db => db.Set<TEntity>());
        var field = options.OffsetPaging
            ? OffsetField<TEntity, TGraph>(name, description, query, options)
            : CursorField<TEntity, TGraph>(name, description, query, options);
        ((IComplexGraphType)field.ResolvedType!).AddAggregateFields<TEntity>(options.MaxGroups);
        parent.AddField(field);
        return field;
    }

    /// <summary>As <see cref="Collection{TEntity, TGraph}"/>, with a source typed on the application's DbContext.</summary>
    public static FieldType Collection<TContext, TEntity, TGraph>(
        this IComplexGraphType parent, string name, string description,
        Func<TContext, IQueryable<TEntity>> source, Action<CollectionFieldOptions<TEntity>>? configure = null)
        where TContext : DbContext
        where TEntity : class
        where TGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(source);
        return parent.Collection<TEntity, TGraph>(name, description, db => source((TContext)db), configure);
    }

    private static FieldType CursorField<TEntity, TGraph>(
        string name, string description, Func<DbContext, IQueryable<TEntity>> source, CollectionFieldOptions<TEntity> options)
        where TEntity : class
        where TGraph : IGraphType
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var connection = new ConnectionGraphType<TGraph>(prefix + "Connection", prefix + "Edge");
        var arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "first", Description = PagingDescriptions.First(options.DefaultPageSize, options.MaxPageSize) },
            new QueryArgument<StringGraphType> { Name = "after", Description = PagingDescriptions.After },
            new QueryArgument<IntGraphType> { Name = "last", Description = PagingDescriptions.Last(options.MaxPageSize) },
            new QueryArgument<StringGraphType> { Name = "before", Description = PagingDescriptions.Before },
            WhereArgument<TEntity>(),
            OrderArgument<TEntity>());
        AddExtraArguments(arguments, options);
        return new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = connection,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object>(context => ResolveConnectionAsync(context, connection, source, options)),
        };
    }

    private static FieldType OffsetField<TEntity, TGraph>(
        string name, string description, Func<DbContext, IQueryable<TEntity>> source, CollectionFieldOptions<TEntity> options)
        where TEntity : class
        where TGraph : IGraphType
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var segment = new CollectionSegmentGraphType<TGraph>(prefix + "CollectionSegment");
        var arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "skip", Description = PagingDescriptions.Skip },
            new QueryArgument<IntGraphType> { Name = "take", Description = PagingDescriptions.Take(options.DefaultPageSize, options.MaxPageSize) },
            WhereArgument<TEntity>(),
            OrderArgument<TEntity>());
        AddExtraArguments(arguments, options);
        return new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = segment,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object>(context => ResolveSegmentAsync(context, segment, source, options)),
        };
    }

    private static void AddExtraArguments<TEntity>(QueryArguments arguments, CollectionFieldOptions<TEntity> options)
        where TEntity : class
    {
        foreach (var (argument, _) in options.Restrictions)
        {
            arguments.Add(argument);
        }
    }

    private static QueryArgument WhereArgument<TEntity>()
        where TEntity : class =>
        new(typeof(FilterInputGraphType<TEntity>)) { Name = "where", Description = PagingDescriptions.Where };

    private static QueryArgument OrderArgument<TEntity>()
        where TEntity : class =>
        new(typeof(ListGraphType<NonNullGraphType<SortInputGraphType<TEntity>>>)) { Name = "order", Description = PagingDescriptions.Order };

    private static async ValueTask<object?> ResolveConnectionAsync<TEntity, TGraph>(
        IResolveFieldContext context, ConnectionGraphType<TGraph> connection, Func<DbContext, IQueryable<TEntity>> source,
        CollectionFieldOptions<TEntity> options)
        where TEntity : class
        where TGraph : IGraphType
    {
        var arguments = new CursorArguments(
            Argument<int?>(context, "first"), Argument<string>(context, "after"),
            Argument<int?>(context, "last"), Argument<string>(context, "before"));
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        PageSizeGuard.Check(coordinate, "first", arguments.First, options.MaxPageSize);
        PageSizeGuard.Check(coordinate, "last", arguments.Last, options.MaxPageSize);

        var plan = QueryPlan<TEntity>.Create(context, Restricted(context, source, options), connection, cursor: true);
        if (!plan.Shape.SelectsRows)
        {
            return new ConnectionResult([], new PageInfoResult(false, false, null, null), plan.CountAsync, plan.AsFilteredQuery());
        }

        var db = plan.Source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var (edges, pageInfo) = await new CursorPager(plan.Sorter, plan.Keys, plan.Shape.Fingerprint)
                .PageAsync(plan.Filtered(db), arguments, options.DefaultPageSize, (Expression<Func<TEntity, PageRow>>)plan.Shape.Row!, context.CancellationToken)
                .ConfigureAwait(false);
            return new ConnectionResult(edges, pageInfo, plan.CountAsync, plan.AsFilteredQuery());
        }
    }

    private static async ValueTask<object?> ResolveSegmentAsync<TEntity, TGraph>(
        IResolveFieldContext context, CollectionSegmentGraphType<TGraph> segment, Func<DbContext, IQueryable<TEntity>> source,
        CollectionFieldOptions<TEntity> options)
        where TEntity : class
        where TGraph : IGraphType
    {
        var skip = Argument<int?>(context, "skip");
        var take = Argument<int?>(context, "take");
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        PageSizeGuard.Check(coordinate, "skip", skip, int.MaxValue);
        PageSizeGuard.Check(coordinate, "take", take, options.MaxPageSize);

        var plan = QueryPlan<TEntity>.Create(context, Restricted(context, source, options), segment, cursor: false);
        if (!plan.Shape.SelectsRows)
        {
            return new CollectionSegmentResult([], new CollectionSegmentInfoResult(false, false), plan.CountAsync, plan.AsFilteredQuery());
        }

        var db = plan.Source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var ordered = plan.Sorter.Apply(plan.Filtered(db), plan.Keys);
            var (items, info) = await OffsetPager.PageAsync(ordered, skip ?? 0, take ?? options.DefaultPageSize, plan.Shape.Node!, context.CancellationToken)
                .ConfigureAwait(false);
            return new CollectionSegmentResult(items, info, plan.CountAsync, plan.AsFilteredQuery());
        }
    }

    /// <summary>The source narrowed by the extra arguments the request gives.</summary>
    private static Func<DbContext, IQueryable<TEntity>> Restricted<TEntity>(
        IResolveFieldContext context, Func<DbContext, IQueryable<TEntity>> source, CollectionFieldOptions<TEntity> options)
        where TEntity : class
    {
        foreach (var (argument, restrict) in options.Restrictions)
        {
            var value = context.Arguments is { } arguments && arguments.TryGetValue(argument.Name, out var given) ? given.Value : null;
            if ((value is not null || argument.ResolvedType is NonNullGraphType) && restrict(context, value) is { } narrow)
            {
                var inner = source;
                source = db => narrow(db, inner(db));
            }
        }

        return source;
    }

    private static T? Argument<T>(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is T typed ? typed : default;

    /// <summary>
    /// What a request asks of a collection: its filter (translated per request, its values bound as parameters), and
    /// the plan of its shape (order keys, cursor fingerprint, projection), taken from the engine's bounded plan cache.
    /// </summary>
    private sealed record QueryPlan<TEntity>(
        IDataContextSource Source, Func<DbContext, IQueryable<TEntity>> Query, Expression<Func<TEntity, bool>>? Predicate,
        SortTranslator Sorter, CollectionPlan Shape)
        where TEntity : class
    {
        public IReadOnlyList<SortKey> Keys => Shape.Keys;

        public static QueryPlan<TEntity> Create(
            IResolveFieldContext context, Func<DbContext, IQueryable<TEntity>> query, IComplexGraphType resultType, bool cursor)
        {
            var plans = (context.RequestServices ?? throw new InvalidOperationException("The query engine needs ExecutionOptions.RequestServices."))
                .GetRequiredService<CollectionPlans>();
            var source = plans.Source;
            var predicate = new FilterTranslator(source.Model).Translate<TEntity>(Argument<object>(context, "where"));
            var sorter = new SortTranslator(source.Model, source.NeedsExplicitNullOrdering);
            var order = Argument<object>(context, "order");
            var shape = plans.GetOrAdd(
                new PlanKey(context.FieldAst, OrderSignature.Of(order)),
                (Context: context, Sorter: sorter, Order: order, ResultType: resultType, Cursor: cursor, Model: source.Model),
                static (_, state) => Build(state.Context, state.Sorter, state.Order, state.ResultType, state.Cursor, state.Model));
            return new QueryPlan<TEntity>(source, query, predicate, sorter, shape);
        }

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
            return new CollectionPlan(keys, fingerprint, selectsRows: true, node, cursor ? RowProjection.Build<TEntity>(node, keys) : null);
        }

        public IQueryable<TEntity> Filtered(DbContext db)
        {
            var query = Query(db).AsNoTracking();
            return Predicate is null ? query : query.Where(Predicate);
        }

        public Task<int> CountAsync(CancellationToken cancellationToken) =>
            AsFilteredQuery().RunAsync((query, ct) => ((IQueryable<TEntity>)query).CountAsync(ct), cancellationToken);

        public FilteredQuery AsFilteredQuery() => new(Source, Filtered);
    }
}
