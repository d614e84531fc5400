using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.GraphQL.Data.Tests.Infrastructure;

/// <summary>Records every SQL command EF Core executes.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly Lock gate = new();
    private readonly List<string> commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (gate)
            {
                return commands.ToList();
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            commands.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        lock (gate)
        {
            commands.Add(command.CommandText);
        }
    }
}
