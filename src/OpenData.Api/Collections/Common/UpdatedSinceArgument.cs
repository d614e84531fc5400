using System.Linq.Expressions;
using GraphQL.Types;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Collections;

namespace OpenData.Api.Collections.Common;

/// <summary>The `updatedSince` argument of every collection: the records a published release added or changed on or after a date.</summary>
internal static class UpdatedSinceArgument
{
    /// <summary>Adds `updatedSince: Date` to a collection of records of <paramref name="recordType"/>.</summary>
    public static CollectionFieldOptions<TEntity> UpdatedSince<TEntity>(this CollectionFieldOptions<TEntity> options, string recordType)
        where TEntity : class, IRecord =>
        options.Argument(
            new QueryArgument<GraphQLClrInputTypeReference<DateOnly>>
            {
                Name = "updatedSince",
                Description = "Solo los registros que alguna versión publicada en esa fecha o después agregó o cambió (ver publication.lastChangedOn).",
            },
            (_, value) =>
            {
                var date = (DateOnly)value!;
                return (db, records) => records.Where(ChangedSince<TEntity>((OpenDataDbContext)db, recordType, date));
            });

    /// <summary><c>x =&gt; db.RecordPublications.Any(p =&gt; p.RecordType == type &amp;&amp; p.RecordId == x.Id &amp;&amp; p.LastChangedOn &gt;= date)</c>.</summary>
    private static Expression<Func<TEntity, bool>> ChangedSince<TEntity>(OpenDataDbContext db, string recordType, DateOnly date)
        where TEntity : class, IRecord
    {
        var record = Expression.Parameter(typeof(TEntity), "x");
        var id = Expression.Property(record, nameof(IRecord.Id));
        Expression<Func<RecordPublication, string, bool>> match = (p, recordId) =>
            p.RecordType == recordType && p.RecordId == recordId && p.LastChangedOn >= date;
        var publication = Expression.Parameter(typeof(RecordPublication), "p");
        var body = new Replace(match.Parameters[0], publication, match.Parameters[1], id).Visit(match.Body);
        var any = Expression.Call(
            typeof(Queryable), nameof(Queryable.Any), [typeof(RecordPublication)],
            Expression.Property(Expression.Constant(db), nameof(OpenDataDbContext.RecordPublications)),
            Expression.Quote(Expression.Lambda<Func<RecordPublication, bool>>(body, publication)));
        return Expression.Lambda<Func<TEntity, bool>>(any, record);
    }

    private sealed class Replace(ParameterExpression first, Expression firstBy, ParameterExpression second, Expression secondBy) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstBy : node == second ? secondBy : base.VisitParameter(node);
    }
}
