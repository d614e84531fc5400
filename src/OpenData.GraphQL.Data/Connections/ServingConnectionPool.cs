using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// A small bounded set of open SQLite connections, each leased to one serving context at a time for the context's
/// lifetime (see <see cref="ServingConnectionLease"/>), last returned first reused. When all
/// <see cref="Capacity"/> are leased, a context keeps EF Core's own connection (opened and closed per query as before).
/// Disposing the pool closes the idle connections now and the leased ones when they come back.
/// </summary>
internal sealed class ServingConnectionPool(int capacity, int statementCacheSize) : IDisposable
{
    private readonly Stack<ServingConnection> idle = new();
    private readonly Lock gate = new();
    private int count;
    private bool disposed;
    private string? connectionString;

    /// <summary>How many connections are open at most.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Connections open now, leased or idle (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    /// <summary>The connections not leased now (for tests and diagnostics).</summary>
    public IReadOnlyList<ServingConnection> Idle()
    {
        lock (gate)
        {
            return [.. idle];
        }
    }

    /// <summary>An idle connection, or a new one for <paramref name="context"/>'s database while fewer than the capacity are open.</summary>
    public bool TryRent(DbContext context, [NotNullWhen(true)] out ServingConnection? connection)
    {
        lock (gate)
        {
            connection = null;
            if (disposed)
            {
                return false;
            }

            if (idle.TryPop(out connection))
            {
                return true;
            }

            if (count >= Capacity)
            {
                return false;
            }

            count++;
        }

        try
        {
            connectionString ??= context.Database.GetConnectionString()
                ?? throw new InvalidOperationException("The serving context has no connection string.");
            connection = ServingConnection.Open(context, connectionString, statementCacheSize);
            return true;
        }
        catch
        {
            lock (gate)
            {
                count--;
            }

            throw;
        }
    }

    /// <summary>Takes <paramref name="connection"/> back; a broken one, or any after the pool is disposed, is closed.</summary>
    public void Return(ServingConnection connection)
    {
        lock (gate)
        {
            if (!disposed && !connection.IsBroken)
            {
                idle.Push(connection);
                return;
            }

            count--;
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        List<ServingConnection> closing;
        lock (gate)
        {
            disposed = true;
            closing = [.. idle];
            count -= idle.Count;
            idle.Clear();
        }

        foreach (var connection in closing)
        {
            connection.Dispose();
        }
    }
}
