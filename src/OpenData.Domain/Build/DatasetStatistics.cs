using Microsoft.EntityFrameworkCore;

namespace OpenData.Domain.Build;

/// <summary>
/// The last step of every build (published and synthetic, SQLite and PostgreSQL): gathers the planner's statistics
/// (<c>ANALYZE</c>), so the served database comes with them. Without them SQLite picks an index by its shape alone
/// and can, for <c>category = X AND dateStart &gt;= d ORDER BY dateStart</c>, read a category's rows and sort them
/// instead of seeking the date index (44-82 ms against 0.4-0.6 ms on a 1M-row file).
/// </summary>
public static class DatasetStatistics
{
    /// <summary>Runs <c>ANALYZE</c> on the database (SQLite) or on every table of the context's schema (PostgreSQL).</summary>
    public static async Task UpdateAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var database = context.Database;
        if (database.IsSqlite())
        {
            // sqlite_stat1 for every index; PRAGMA optimize then has nothing left to do.
            await database.ExecuteSqlRawAsync("ANALYZE", cancellationToken).ConfigureAwait(false);
            return;
        }

        // A bare ANALYZE would visit every table of the database; the build owns only its schema (the search path).
        var tables = await database
            .SqlQueryRaw<string>("SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in tables)
        {
            // The name comes from pg_tables and is quoted as an identifier.
            var analyze = "ANALYZE \"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await database.ExecuteSqlRawAsync(analyze, cancellationToken).ConfigureAwait(false);
        }
    }
}
