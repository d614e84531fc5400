using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Model;
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
        return field?.Load<IReadOnlyList<object>>(context, (keys, ct) => FetchAsync(field, foreignKey, filter, order, alwaysRead, keys, ct));
    }

    private static async Task<IReadOnlyDictionary<object, IReadOnlyList<object>>> FetchAsync<TChild>(
        BatchField field, string foreignKey, Expression<Func<TChild, bool>>? filter, ChildOrder? order,
        IReadOnlyCollection<string>? alwaysRead, IReadOnlyList<object> keys, CancellationToken cancellationToken)
        where TChild : class
    {
        var (source, parentKey) = (field.Source, field.ParentKey);
        var childKey = EntityKey.Of(source.Model, typeof(TChild));
        string[] read = [.. alwaysRead ?? [], .. order is null ? Array.Empty<string>() : [order.Member]];
        var projection = new ProjectionBuilder(source.Model).Build(typeof(TChild), field.GraphType, field.Selection, read.Length == 0 ? null : read);
        var child = Expression.Parameter(typeof(TChild), "c");
        var fk = Expression.Property(child, foreignKey);
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(fk.Type))!;
        foreach (var key in keys)
        {
            list.Add(parentKey.Convert(key));
        }

        Expression condition = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [fk.Type], ParameterValue.Of(list, list.GetType()), fk);
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

        var db = source.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Set<TChild>().AsNoTracking()
                .Where(Expression.Lambda<Func<TChild, bool>>(condition, child))
                .Select(select)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return field.Group(rows, keys, order, childKey);
        }
    }
}
