using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using OpenData.GraphQL.Data.Plans;

namespace OpenData.GraphQL.Data.Batching;

#pragma warning disable EF1001 // Internal EF Core API: the query compiler's parameter extraction, run once per shape.

/// <summary>
/// A batched fetch (the children or references of a level's parents, or entities by several keys) compiled once per
/// shape, the keys bound per request. It is the ad-hoc statement EF Core runs for that fetch, with the same SQL text:
/// <list type="bullet">
/// <item>the keys are the query parameter <c>@Value</c>, the name EF Core gives the keys' closure
/// (<c>StrongBox&lt;T&gt;.Value</c>) in the ad-hoc query, translated as the ad-hoc query translates it
/// (<see cref="ParameterTranslationMode.Parameter"/>, as <c>EF.Parameter</c> gives, for one JSON array on SQLite and
/// one array on PostgreSQL; or the provider's default for a list);</item>
/// <item>every variable the query captures (a filter's <c>recordType</c>) is the parameter EF Core's own parameter
/// extraction names and values for the ad-hoc query, run once when the shape is built; its value is the shape's.</item>
/// </list>
/// A compiled query cannot take <c>EF.Parameter</c> over one of its parameters, so the keys go into the query as the
/// node EF Core's normalization makes of <c>EF.Parameter</c>: a <see cref="QueryParameterExpression"/> with its
/// translation mode. The shape then runs as every compiled shape does (<see cref="ShapeQuery{TResult}"/>): through EF
/// Core's executor the first time, directly on a SQLite serving connection's prepared statement afterwards.
/// </summary>
internal sealed class KeyShape<TRow>
{
    /// <summary>The keys' parameter, named as EF Core names it in the ad-hoc statement.</summary>
    public const string KeysName = "Value";

    private readonly ShapeQuery<TRow>? _query;
    private readonly object?[] _values;
    private readonly CollectionPlans? _plans;

    private KeyShape(ShapeQuery<TRow>? query, object?[] values, CollectionPlans? plans)
    {
        _query = query;
        _values = values;
        _plans = plans;
    }

    /// <summary>False when the shape cannot be compiled with the ad-hoc statement's text: the caller runs the ad-hoc query.</summary>
    public bool Compiled => _query is not null;

    /// <summary>The keys' node in a shape's query: one key (<paramref name="mode"/> null) or a list of keys.</summary>
    public static QueryParameterExpression Keys(Type type, ParameterTranslationMode? mode) =>
        mode is { } translation ? new QueryParameterExpression(KeysName, type, translation) : new QueryParameterExpression(KeysName, type);

    /// <summary>
    /// <paramref name="query"/> (built on <paramref name="db"/> with <see cref="Keys"/> for the keys) compiled with its
    /// captured variables extracted as EF Core extracts them for the ad-hoc query.
    /// </summary>
    public static KeyShape<TRow> Compile(DbContext db, IQueryable<TRow> query, CollectionPlans plans)
    {
        var captured = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (db.GetService<IQueryCompiler>() is not QueryCompiler compiler)
        {
            return new KeyShape<TRow>(null, [], null);
        }

        var body = compiler.ExtractParameters(query.Expression, captured, db.GetService<IDiagnosticsLogger<DbLoggerCategory.Query>>());
        var found = new QueryParameters();
        found.Visit(body);

        // A captured variable named as the keys would be renamed in the ad-hoc statement; an EF.Parameter or EF.Constant of a
        // captured variable cannot be compiled. Such a shape keeps the ad-hoc statement.
        if (captured.ContainsKey(KeysName) || found.CallsEF || !found.Types.ContainsKey(KeysName)
            || found.Types.Count != captured.Count + 1 || !captured.Keys.All(found.Types.ContainsKey))
        {
            return new KeyShape<TRow>(null, [], null);
        }

        string[] names = [KeysName, .. captured.Keys.Order(StringComparer.Ordinal)];
        var parameters = new List<ParameterExpression> { Expression.Parameter(typeof(DbContext), "db") };
        parameters.AddRange(names.Select(name => Expression.Parameter(found.Types[name], name)));
        var values = names.Select(name => name == KeysName ? null : captured[name]).ToArray();
        return new KeyShape<TRow>(new ShapeQuery<TRow>(Expression.Lambda(body, parameters), plans.Direct), values, plans);
    }

    /// <summary>The shape's rows for <paramref name="keys"/> (as <see cref="Keys"/> declared them: one key, or a list).</summary>
    public Task<List<TRow>> ToListAsync(DbContext db, object keys, int capacity, CancellationToken cancellationToken)
    {
        var values = (object?[])_values.Clone();
        values[0] = keys;
        _plans!.CountBatch();
        return _query!.ToListAsync(db, values, capacity, cancellationToken);
    }

    /// <summary>
    /// The rows of a batched fetch: through <paramref name="shape"/> when there is one and it compiled, otherwise through
    /// the ad-hoc query <paramref name="adHoc"/> builds (only then built).
    /// </summary>
    public static Task<List<TRow>> RowsAsync(
        KeyShape<TRow>? shape, DbContext db, object keys, int capacity, Func<IQueryable<TRow>> adHoc, CancellationToken cancellationToken) =>
        shape is { Compiled: true }
            ? shape.ToListAsync(db, keys, capacity, cancellationToken)
            : adHoc().ToListAsync(cancellationToken);

    /// <summary>The query parameters of an extracted query by name, and whether it still calls <see cref="EF"/>'s methods.</summary>
    private sealed class QueryParameters : ExpressionVisitor
    {
        public Dictionary<string, Type> Types { get; } = new(StringComparer.Ordinal);

        public bool CallsEF { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is QueryParameterExpression parameter)
            {
                Types[parameter.Name] = parameter.Type;
                return node;
            }

            return base.VisitExtension(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            CallsEF |= node.Method.DeclaringType == typeof(EF);
            return base.VisitMethodCall(node);
        }
    }
}
#pragma warning restore EF1001
