using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// Builds and runs one SQL statement for a set of aggregates, grouped or not:
/// <c>SELECT keys…, COUNT(*), SUM(a), COUNT(a), MIN(b), MAX(b)… FROM (filtered) GROUP BY keys… ORDER BY keys… LIMIT n</c>.
/// Sums and averages follow SQL: nulls are ignored and a member without any non-null value gives null. Averages are
/// the SQL sum divided by the SQL count of non-null values, so decimals stay exact and a value converter (e.g. money
/// stored as integer centavos) only ever converts a SUM, MIN or MAX of stored values back, as EF Core does for columns.
/// </summary>
internal static class AggregateQuery
{
    public static async Task<IReadOnlyList<AggregateResult>> RunAsync<TEntity>(
        IQueryable<TEntity> query, IReadOnlyList<GroupByOption> keys, AggregateRequest request, bool explicitNullOrdering, int? limit,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var keyType = keys.Count == 0
            ? typeof(int)
            : typeof(GroupKey<,,,,,,,>).MakeGenericType(Enumerable.Range(0, 8).Select(i => i < keys.Count ? keys[i].KeyType : typeof(int?)).ToArray());
        Expression keyBody = keys.Count == 0
            ? Expression.Constant(1)
            : Expression.MemberInit(Expression.New(keyType), keys.Select((k, i) => Expression.Bind(keyType.GetProperty("K" + i)!, KeyValue(entity, k))));
        var groupingType = typeof(IGrouping<,>).MakeGenericType(keyType, typeof(TEntity));
        var source = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(TEntity), keyType], query.Expression,
            Expression.Quote(Expression.Lambda(keyBody, entity)));

        var group = Expression.Parameter(groupingType, "g");
        var first = true;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Expression.Property(Expression.Property(group, "Key"), "K" + i);
            var nullableKey = !keys[i].KeyType.IsValueType || Nullable.GetUnderlyingType(keys[i].KeyType) is not null;
            if (explicitNullOrdering && nullableKey)
            {
                source = Order(source, group, Expression.Condition(Expression.Equal(key, Expression.Constant(null, key.Type)), Expression.Constant(0), Expression.Constant(1)), first);
                first = false;
            }

            source = Order(source, group, key, first);
            first = false;
        }

        var columns = new Columns(group, typeof(TEntity));
        var keyColumns = keys.Select((_, i) => columns.Add(Expression.Property(Expression.Property(group, "Key"), "K" + i))).ToList();
        var count = columns.Add(Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TEntity)], group));
        var sums = request.Sum.Concat(request.Avg).Distinct()
            .ToDictionary(m => m, m => (Sum: columns.Aggregate(nameof(Enumerable.Sum), m, AggregateTypes.Sum(m.ValueType)), NonNull: columns.NonNullCount(m, count)));
        var mins = request.Min.ToDictionary(m => m, m => columns.Aggregate(nameof(Enumerable.Min), m, m.ValueType));
        var maxs = request.Max.ToDictionary(m => m, m => columns.Aggregate(nameof(Enumerable.Max), m, m.ValueType));

        var row = Expression.Lambda(Expression.NewArrayInit(typeof(object), columns.Expressions), group);
        var projected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groupingType, typeof(object[])], source, Expression.Quote(row));
        if (limit is { } max)
        {
            projected = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(object[])], projected, Expression.Constant(max + 1));
        }

        var rowsQuery = (IQueryable<object?[]>)query.Provider.CreateQuery<object[]>(projected);
        if (keys.Count == 0)
        {
            // Lets PlainAggregateInterceptor drop the constant GROUP BY (a plain aggregate, no temporary B-tree).
            rowsQuery = rowsQuery.TagWith(PlainAggregateInterceptor.Tag);
        }

        var rows = await rowsQuery.ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new AggregateResult(
            (int)r[count]!,
            request.Sum.ToDictionary(m => m.FieldName, m => Sum(r, sums[m])),
            request.Avg.ToDictionary(m => m.FieldName, m => Average(r, sums[m])),
            mins.ToDictionary(p => p.Key.FieldName, p => r[p.Value]),
            maxs.ToDictionary(p => p.Key.FieldName, p => r[p.Value]),
            keys.Select((k, i) => (k.KeyField, r[keyColumns[i]])).ToDictionary(p => p.KeyField, p => p.Item2))).ToList();
    }

    private static MethodCallExpression Order(Expression source, ParameterExpression group, Expression key, bool first) =>
        Expression.Call(typeof(Queryable), first ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy), [group.Type, key.Type], source,
            Expression.Quote(Expression.Lambda(key, group)));

    /// <summary>The grouping value of a key: the member, or the year of a date member.</summary>
    private static Expression KeyValue(ParameterExpression entity, GroupByOption option)
    {
        var access = option.Member.Member.Access(entity);
        if (!option.IsYear)
        {
            return access;
        }

        var nullable = Nullable.GetUnderlyingType(access.Type) is not null;
        var year = Expression.Property(nullable ? Expression.Property(access, "Value") : access, "Year");
        return nullable ? Expression.Convert(year, typeof(int?)) : year;
    }

    private static object? Sum(object?[] row, (int Sum, int NonNull) columns) =>
        Convert.ToInt64(row[columns.NonNull], System.Globalization.CultureInfo.InvariantCulture) == 0 ? null : row[columns.Sum];

    private static object? Average(object?[] row, (int Sum, int NonNull) columns)
    {
        var count = Convert.ToInt64(row[columns.NonNull], System.Globalization.CultureInfo.InvariantCulture);
        return count == 0 ? null : row[columns.Sum] switch
        {
            decimal sum => sum / count,
            long sum => (double)sum / count,
            double sum => sum / count,
            var other => throw new InvalidOperationException($"Unexpected sum {other}."),
        };
    }

    /// <summary>The SELECT list under construction; each aggregate reads a member of the group's rows.</summary>
    private sealed class Columns(ParameterExpression group, Type entityType)
    {
        private readonly List<Expression> expressions = [];

        public IEnumerable<Expression> Expressions => expressions.Select(e => (Expression)Expression.Convert(e, typeof(object)));

        public int Add(Expression expression)
        {
            expressions.Add(expression);
            return expressions.Count - 1;
        }

        /// <summary><c>SUM</c>/<c>MIN</c>/<c>MAX</c> of the member as a nullable <paramref name="resultType"/>.</summary>
        public int Aggregate(string method, AggregateMember member, Type resultType)
        {
            var row = Expression.Parameter(entityType, "r");
            var selector = Expression.Lambda(Expression.Convert(member.Member.Access(row), AggregateTypes.Nullable(resultType)), row);
            var call = resultType.IsPrimitive || resultType == typeof(decimal)
                ? Expression.Call(typeof(Enumerable), method, [entityType], group, selector)
                : Expression.Call(typeof(Enumerable), method, [entityType, selector.ReturnType], group, selector);
            return Add(call);
        }

        /// <summary><c>COUNT(member)</c>: its non-null values; for a non-nullable member the row count itself.</summary>
        public int NonNullCount(AggregateMember member, int rowCount)
        {
            if (!member.IsNullable)
            {
                return rowCount;
            }

            var row = Expression.Parameter(entityType, "r");
            var access = member.Member.Access(row);
            var predicate = Expression.Lambda(Expression.NotEqual(access, Expression.Constant(null, access.Type)), row);
            return Add(Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [entityType], group, predicate));
        }
    }
}
