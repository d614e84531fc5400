using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.Internal;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// One query shape compiled by EF Core once: <c>(db, p0, p1, …) =&gt; query</c>, where every value of the request is a
/// parameter. Running it binds the request's values and skips what EF Core does for an ad-hoc LINQ query on every
/// execution (walking the expression to extract its parameters, hashing it and looking up its cached plan). After its
/// first execution, a shape also skips EF Core's execution pipeline (<see cref="DirectShape{TResult}"/>): its SQL and
/// shaper are EF Core's, run directly on a SQLite serving connection's prepared statement or on a command of the
/// context's connection (PostgreSQL).
/// </summary>
/// <remarks>
/// EF Core's public <c>EF.CompileAsyncQuery</c> takes at most 15 typed parameters; a filter has any number of values,
/// so this derives from the class behind it and passes the values as an array (the same code path).
/// </remarks>
#pragma warning disable EF1001 // Internal EF Core API: the compiled-query class behind EF.CompileAsyncQuery.
internal sealed class ShapeQuery<TResult>(LambdaExpression query, DirectReads? direct = null)
    : CompiledAsyncEnumerableQuery<DbContext, TResult>(query)
{
    private const int MaxCapacity = 1024;

    private readonly LambdaExpression _query = query;

    private DirectShape<TResult>? _direct;
    private bool _captured;

    /// <summary>
    /// Reads every row of the shape for <paramref name="values"/> (one per parameter after the context) into a list of
    /// <paramref name="capacity"/> (the statement's row limit, so that the list does not grow by copies).
    /// </summary>
    public async Task<List<TResult>> ToListAsync(DbContext db, object?[] values, int capacity, CancellationToken cancellationToken)
    {
        var rows = new List<TResult>(Math.Clamp(capacity, 0, MaxCapacity));
        if (_direct is { } shape && await shape.TryReadAsync(db, values, Execute, rows, cancellationToken).ConfigureAwait(false))
        {
            direct!.Count();
            return rows;
        }

        var enumerable = Execute(db, values, cancellationToken);
        if (!_captured && direct is { Enabled: true })
        {
            // Concurrent first executions capture equal parts; the last one kept is as good as any.
            _direct = DirectShape<TResult>.Capture(enumerable, _query, db.Model);
            _captured = true;
        }

        await foreach (var row in enumerable.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>EF Core's executor of the shape: its query context with the values (and what it computes from them) and its enumerable.</summary>
    private IAsyncEnumerable<TResult> Execute(DbContext db, object?[] values, CancellationToken cancellationToken) =>
        ExecuteCore(db, cancellationToken, values);
}
#pragma warning restore EF1001
