using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Plans;
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
        IResolveFieldContext context, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order = null,
        IReadOnlyCollection<string>? alwaysRead = null)
        where TParent : class
        where TChild : class
    {
        var field = BatchField.Of<TParent>(context);
        if (field is null)
        {
            return null;
        }

        var plans = context.RequestServices?.GetService<CollectionPlans>();
        var shape = new QueryShapeKey(new PlanKey(context.FieldAst, context.FieldDefinition, foreignKey), "", "by key");
        return field.Load<IReadOnlyList<object>>(context, (keys, ct) => FetchAsync(field, foreignKey, filter, order, alwaysRead, keys, plans, shape, ct));
    }

    private static async Task<IReadOnlyDictionary<object, IReadOnlyList<object>>> FetchAsync<TChild>(
        BatchField field, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order,
        IReadOnlyCollection<string>? alwaysRead, IReadOnlyList<object> keys, CollectionPlans? plans, QueryShapeKey shape,
        CancellationToken cancellationToken)
        where TChild : class
    {
        var (source, parentKey) = (field.Source, field.ParentKey);
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        var fkType = typeof(TChild).GetProperty(foreignKey)?.PropertyType ?? throw new InvalidOperationException($"{typeof(TChild).Name} has no property {foreignKey}.");
        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            // Compiled once per field of the document, the keys bound as the list the ad-hoc statement reads.
            var compiled = plans is { CompilesBatches: true }
                ? plans.GetOrAddQuery(
                    shape,
                    (Field: field, ForeignKey: foreignKey, Filter: filter, Order: order, AlwaysRead: alwaysRead, Db: db, FkType: fkType, Plans: plans),
                    static s => KeyShape<BatchRow>.Compile(
                        s.Db,
                        Query(s.Db, s.Field, s.ForeignKey, s.Filter, s.Order, s.AlwaysRead, KeyShape<object>.Keys(typeof(List<>).MakeGenericType(s.FkType), null)),
                        s.Plans))
                : null;
            var list = parentKey.List(keys, fkType);
            var rows = await KeyShape<BatchRow>.RowsAsync(
                compiled, db, list, keys.Count, () => Query(db, field, foreignKey, filter, order, alwaysRead, ParameterValue.Of(list, list.GetType())), cancellationToken)
                .ConfigureAwait(false);
            return field.Group(rows, keys, order, childKey);
        }
    }

    /// <summary><c>children.Where(c =&gt; filter(c) &amp;&amp; keys.Contains(c.Fk)).Select(c =&gt; new BatchRow(c.Fk, projection(c)))</c>.</summary>
    private static IQueryable<BatchRow> Query<TChild>(
        DbContext db, BatchField field, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order,
        IReadOnlyCollection<string>? alwaysRead, Expression keys)
        where TChild : class
    {
        string[] read = [.. alwaysRead ?? [], .. order is null ? Array.Empty<string>() : [order.Member]];
        var projection = new ProjectionBuilder(field.Source.Model).Build(typeof(TChild), field.GraphType, field.Selection, read.Length == 0 ? null : read);
        var child = Expression.Parameter(typeof(TChild), "c");
        var fk = Expression.Property(child, foreignKey);
        Expression condition = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [fk.Type], keys, fk);
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
        return db.Set<TChild>().AsNoTracking().Where(Expression.Lambda<Func<TChild, bool>>(condition, child)).Select(select);
    }
}
