using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Collections;

namespace OpenData.Api.Schema.Releases;

/// <summary>The release fields of the query root (`releases`, `changes(since:)`) and the `updatedSince` argument of every collection.</summary>
internal static class ReleaseQueryFields
{
    public static void ReleaseFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReleaseType>>>>("releases")
            .Description("Las versiones publicadas del conjunto de datos, de la más reciente a la más antigua.")
            .Resolve(context => Catalog(context).All.Reverse().ToList());

        query.Collection<OpenDataDbContext, RecordChange, RecordChangeType>(
            "changes",
            "Qué cambió desde una versión publicada (o una fecha) hasta la más reciente: registros nuevos, retirados y cambiados, con cada valor antes y después. Se filtra por tipo con where: { recordType: { eq: \"FundingRecord\" } }.",
            db => db.RecordChanges,
            options => options.Argument(
                new QueryArgument<NonNullGraphType<StringGraphType>>
                {
                    Name = "since",
                    Description = "Versión publicada (por ejemplo \"1\") o fecha AAAA-MM-DD: lo que cambió en las versiones posteriores a ella.",
                },
                (context, value) =>
                {
                    var catalog = Catalog(context);
                    var since = catalog.ResolveSince((string)value!);
                    var until = catalog.Latest?.Id ?? "";
                    return (_, changes) => changes.Where(c => c.SinceReleaseId == since && c.UntilReleaseId == until);
                }));
    }

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

    private static ReleaseCatalog Catalog(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReleaseCatalog>();

    private sealed class Replace(ParameterExpression first, Expression firstBy, ParameterExpression second, Expression secondBy) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstBy : node == second ? secondBy : base.VisitParameter(node);
    }
}
