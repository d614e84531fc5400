using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Aggregates;
using OpenData.GraphQL.Data.Filtering;
using OpenData.GraphQL.Data.Paging;
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
        return PagedField(
            name,
            description,
            connection,
            options,
            new FuncFieldResolver<object>(context => ResolveConnectionAsync(context, connection, source, options)),
            new QueryArgument<IntGraphType> { Name = "first", Description = PagingDescriptions.First(options.DefaultPageSize, options.MaxPageSize) },
            new QueryArgument<StringGraphType> { Name = "after", Description = PagingDescriptions.After },
            new QueryArgument<IntGraphType> { Name = "last", Description = PagingDescriptions.Last(options.MaxPageSize) },
            new QueryArgument<StringGraphType> { Name = "before", Description = PagingDescriptions.Before });
    }

    private static FieldType OffsetField<TEntity, TGraph>(
        string name, string description, Func<DbContext, IQueryable<TEntity>> source, CollectionFieldOptions<TEntity> options)
        where TEntity : class
        where TGraph : IGraphType
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var segment = new CollectionSegmentGraphType<TGraph>(prefix + "CollectionSegment");
        return PagedField(
            name,
            description,
            segment,
            options,
            new FuncFieldResolver<object>(context => ResolveSegmentAsync(context, segment, source, options)),
            new QueryArgument<IntGraphType> { Name = "skip", Description = PagingDescriptions.Skip },
            new QueryArgument<IntGraphType> { Name = "take", Description = PagingDescriptions.Take(options.DefaultPageSize, options.MaxPageSize) });
    }

    /// <summary>A paged collection field: its paging arguments, then <c>where</c>, <c>order</c> and the field's own arguments.</summary>
    private static FieldType PagedField<TEntity>(
        string name, string description, IGraphType type, CollectionFieldOptions<TEntity> options, IFieldResolver resolver, params QueryArgument[] paging)
        where TEntity : class
    {
        var arguments = new QueryArguments(paging);
        arguments.Add(WhereArgument<TEntity>());
        arguments.Add(OrderArgument<TEntity>());
        AddExtraArguments(arguments, options);
        return new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = type,
            Arguments = arguments,
            Resolver = resolver,
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
        CheckSize(context, "first", arguments.First, options.MaxPageSize);
        CheckSize(context, "last", arguments.Last, options.MaxPageSize);

        var (query, restricted) = Restricted(context, source, options);
        var plan = CollectionQuery<TEntity>.Create(context, query, restricted, connection, cursor: true);
        if (!plan.Shape.SelectsRows)
        {
            return new ConnectionResult([], new PageInfoResult(false, false, null, null), plan.CountAsync, plan.AsFilteredQuery());
        }

        var db = plan.Source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var (edges, pageInfo) = await new CursorPager(plan.Sorter, plan.Keys, plan.Shape.Fingerprint)
                .PageAsync(typeof(TEntity), arguments, options.DefaultPageSize, (request, ct) => plan.ReadPageAsync(db, request, ct), context.CancellationToken)
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
        CheckSize(context, "skip", skip, int.MaxValue);
        CheckSize(context, "take", take, options.MaxPageSize);

        var (query, restricted) = Restricted(context, source, options);
        var plan = CollectionQuery<TEntity>.Create(context, query, restricted, segment, cursor: false);
        if (!plan.Shape.SelectsRows)
        {
            return new CollectionSegmentResult([], new CollectionSegmentInfoResult(false, false), plan.CountAsync, plan.AsFilteredQuery());
        }

        var db = plan.Source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var (items, info) = await OffsetPager.PageAsync(
                    skip ?? 0, take ?? options.DefaultPageSize, (s, t, ct) => plan.ReadSegmentAsync(db, s, t, ct), context.CancellationToken)
                .ConfigureAwait(false);
            return new CollectionSegmentResult(items, info, plan.CountAsync, plan.AsFilteredQuery());
        }
    }

    /// <summary><see cref="PageSizeGuard.Check"/> of a size out of range, with the field's coordinate (named only then).</summary>
    private static void CheckSize(IResolveFieldContext context, string argument, int? requested, int maxAllowed)
    {
        if (requested is { } size && (size < 0 || size > maxAllowed))
        {
            PageSizeGuard.Check(context.ParentType.Name + "." + context.FieldDefinition.Name, argument, requested, maxAllowed);
        }
    }

    /// <summary>The source narrowed by the extra arguments the request gives, and whether any narrowed it.</summary>
    private static (Func<DbContext, IQueryable<TEntity>> Source, bool Restricted) Restricted<TEntity>(
        IResolveFieldContext context, Func<DbContext, IQueryable<TEntity>> source, CollectionFieldOptions<TEntity> options)
        where TEntity : class
    {
        var restricted = false;
        foreach (var (argument, restrict) in options.Restrictions)
        {
            var value = context.Arguments is { } arguments && arguments.TryGetValue(argument.Name, out var given) ? given.Value : null;
            if ((value is not null || argument.ResolvedType is NonNullGraphType) && restrict(context, value) is { } narrow)
            {
                var inner = source;
                source = db => narrow(db, inner(db));
                restricted = true;
            }
        }

        return (source, restricted);
    }

    private static T? Argument<T>(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is T typed ? typed : default;
}
