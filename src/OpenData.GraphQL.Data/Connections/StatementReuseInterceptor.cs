using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// Runs EF Core's queries on the prepared statements of a reused SQLite connection (one with a <see cref="StatementCache"/>,
/// see <see cref="ServingConnectionPool"/>). EF Core makes a new <see cref="DbCommand"/> for every execution and
/// disposes it with its reader, which finalizes the statement (the next execution prepares it again); here a reader's
/// command, once EF Core has set its text and parameters, is swapped for the cached, already prepared command of the
/// same text (the parameters move over: values are bound on every execution, never kept), and when the reader is
/// disposed the command is reset and put back instead of disposed. Commands on any other connection, and scalar or
/// non-query commands, are left to EF Core.
/// </summary>
internal sealed class StatementReuseInterceptor : DbCommandInterceptor
{
    public static readonly StatementReuseInterceptor Instance = new();

    private StatementReuseInterceptor()
    {
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (eventData.ExecuteMethod != DbCommandMethod.ExecuteReader || result is not SqliteCommand created
            || created.Transaction is not null || StatementCache.Of(created.Connection) is not { } cache)
        {
            return result;
        }

        var command = cache.Take(created.CommandText);
        command.CommandTimeout = created.CommandTimeout;
        var parameters = created.Parameters.Cast<SqliteParameter>().ToArray();
        created.Parameters.Clear();
        command.Parameters.AddRange(parameters);
        created.Dispose();
        return command;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (result.IsSuppressed || command is not ReusableSqliteCommand reusable || eventData.Context is not { } context
            || StatementCache.Of(reusable.Connection) is not { } cache)
        {
            return result;
        }

        // What EF Core would do, except disposing the command. If the reader's reset fails this throws before anything
        // else happened, and EF Core disposes the reader, the command and closes as it always does.
        eventData.DataReader.Dispose();
        reusable.Parameters.Clear();
        cache.Return(reusable);
        context.Database.CloseConnection();
        return InterceptionResult.Suppress();
    }
}
