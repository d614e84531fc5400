using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Paging;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Collections;

/// <summary>Options of one collection field.</summary>
public sealed class CollectionFieldOptions<TEntity>
    where TEntity : class
{
    /// <summary>
    /// Page size when neither <c>first</c> nor <c>last</c> (or no <c>take</c>) is given. Default 10, the length the HTTP
    /// library's complexity limit assumes for a list without a page size (there is no other page-size default).
    /// </summary>
    public int DefaultPageSize { get; set; } = PageSizes.Default;

    /// <summary>Largest allowed <c>first</c>/<c>last</c>/<c>take</c>. Default 100.</summary>
    public int MaxPageSize { get; set; } = PageSizes.Max;

    /// <summary>Most groups <c>groupedAggregates</c> returns before failing with <c>TOO_MANY_GROUPS</c>. Default 1000.</summary>
    public int MaxGroups { get; set; } = 1000;

    /// <summary>Offset paging (<c>skip</c>/<c>take</c>, <c>&lt;Field&gt;CollectionSegment</c>) instead of cursor paging.</summary>
    public bool OffsetPaging { get; set; }

    /// <summary>The extra arguments of the field, each with how its value restricts the query.</summary>
    internal List<(QueryArgument Argument, Func<IResolveFieldContext, object?, Func<DbContext, IQueryable<TEntity>, IQueryable<TEntity>>?> Restrict)> Restrictions { get; } = [];

    /// <summary>
    /// Adds <paramref name="argument"/> to the field. When the request gives it (or it is non-null),
    /// <paramref name="restrict"/> receives its value and returns how to narrow the query (applied before <c>where</c>, so
    /// paging, counts and aggregates see it), or null to leave the query as it is; it may throw an
    /// <see cref="ExecutionError"/> for a value it refuses.
    /// </summary>
    public CollectionFieldOptions<TEntity> Argument(
        QueryArgument argument, Func<IResolveFieldContext, object?, Func<DbContext, IQueryable<TEntity>, IQueryable<TEntity>>?> restrict)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(restrict);
        Restrictions.Add((argument, restrict));
        return this;
    }

    /// <summary>Switches the field to offset paging.</summary>
    public CollectionFieldOptions<TEntity> UseOffsetPaging()
    {
        OffsetPaging = true;
        return this;
    }

    /// <summary>
    /// Restricts the members of <c>&lt;Entity&gt;FilterInput</c> (default: all scalar and enum members, to-one
    /// navigations and lists of objects). The input type is shared, so every field of the entity must agree.
    /// </summary>
    public CollectionFieldOptions<TEntity> Filterable(params Expression<Func<TEntity, object?>>[] members)
    {
        EntityMemberSelection.Restrict(typeof(TEntity), sorting: false, members.Select(ProjectionMetadata.MemberName).ToList());
        return this;
    }

    /// <summary>Restricts the members of <c>&lt;Entity&gt;SortInput</c> (default: all scalar, enum and to-one members).</summary>
    public CollectionFieldOptions<TEntity> Sortable(params Expression<Func<TEntity, object?>>[] members)
    {
        EntityMemberSelection.Restrict(typeof(TEntity), sorting: true, members.Select(ProjectionMetadata.MemberName).ToList());
        return this;
    }

    internal void Validate()
    {
        if (MaxPageSize < 1 || DefaultPageSize < 1 || MaxGroups < 1)
        {
            throw new InvalidOperationException("Page sizes and the group limit must be positive.");
        }

        DefaultPageSize = Math.Min(DefaultPageSize, MaxPageSize);
    }
}
