using OpenData.GraphQL.Data.Contexts;
using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// The filtered set behind a collection field (its <c>where</c> applied, no order, no paging), so fields added to
/// a connection or segment type (aggregates) can run their own query on it with a context of their own.
/// </summary>
public sealed class FilteredQuery(IDataContextSource contexts, Func<DbContext, IQueryable> filtered)
{
    /// <summary>Creates the short-lived contexts; dispose what <see cref="RunAsync{TResult}"/> does not.</summary>
    public IDataContextSource Contexts { get; } = contexts;

    /// <summary>The filtered query over <paramref name="db"/> (no tracking).</summary>
    public IQueryable Create(DbContext db) => filtered(db);

    /// <summary>Runs <paramref name="run"/> on the filtered query with a new context, disposed afterwards.</summary>
    public async Task<TResult> RunAsync<TResult>(Func<IQueryable, CancellationToken, Task<TResult>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var db = Contexts.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await run(filtered(db), cancellationToken).ConfigureAwait(false);
        }
    }
}
