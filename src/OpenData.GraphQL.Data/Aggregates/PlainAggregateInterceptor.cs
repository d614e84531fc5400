using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// Turns the engine's ungrouped aggregates into plain ones. EF Core writes <c>aggregates</c> without <c>groupBy</c>
/// (a <c>GroupBy</c> on a constant) as <c>SELECT COUNT(*), SUM(…) FROM (SELECT 1 AS "Key", … WHERE …) GROUP BY "Key"</c>,
/// which SQLite runs through a temporary B-tree; without the last <c>GROUP BY</c> line it is the plain
/// <c>SELECT COUNT(*), SUM(…) FROM … WHERE …</c> (one row even over no rows: count 0, sums null, as the engine reads it).
/// Only commands tagged with <see cref="Tag"/> whose last line is that <c>GROUP BY</c> are touched; any other command,
/// or a context without this interceptor, runs as EF Core wrote it (same answer, slower).
/// </summary>
internal sealed class PlainAggregateInterceptor : DbCommandInterceptor
{
    public const string Tag = "opendata:plain-aggregate";

    public static readonly PlainAggregateInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>The SQL without its last line when it is tagged and that line groups by the constant key.</summary>
    internal static string Plain(string sql)
    {
        if (!sql.StartsWith("-- " + Tag, StringComparison.Ordinal))
        {
            return sql;
        }

        var trimmed = sql.TrimEnd();
        var lastLine = trimmed.LastIndexOf('\n');
        if (lastLine < 0)
        {
            return sql;
        }

        var last = trimmed[(lastLine + 1)..].Trim();
        return last.StartsWith("GROUP BY ", StringComparison.Ordinal) && last.EndsWith(".\"Key\"", StringComparison.Ordinal)
            && last.IndexOf(',', StringComparison.Ordinal) < 0
            ? trimmed[..lastLine].TrimEnd()
            : sql;
    }

    private static void Rewrite(DbCommand command) => command.CommandText = Plain(command.CommandText);
}
