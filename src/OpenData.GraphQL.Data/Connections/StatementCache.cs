using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// The prepared statements of one open SQLite connection, by command text, least recently used dropped (and finalized)
/// first once more than <see cref="Capacity"/> are kept. A command is taken out while it runs and put back when its
/// reader is disposed, so the same command is never handed to two readers; the connection is used by one context at a
/// time, the lock only makes that assumption cheap to keep.
/// </summary>
internal sealed class StatementCache : IDisposable
{
    private static readonly ConditionalWeakTable<SqliteConnection, StatementCache> Caches = [];

    private readonly Dictionary<string, LinkedListNode<ReusableSqliteCommand>> byText = new(StringComparer.Ordinal);
    private readonly LinkedList<ReusableSqliteCommand> recency = new();
    private readonly Lock gate = new();
    private bool disposed;

    private StatementCache(SqliteConnection connection, int capacity)
    {
        Connection = connection;
        Capacity = capacity;
    }

    /// <summary>The connection the statements belong to.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>How many prepared statements are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>Statements kept now (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return byText.Count;
            }
        }
    }

    /// <summary>How many executions ran on a statement prepared by an earlier one (for tests and diagnostics).</summary>
    public long Hits { get; private set; }

    /// <summary>Gives <paramref name="connection"/> a cache of <paramref name="capacity"/> statements.</summary>
    public static StatementCache Attach(SqliteConnection connection, int capacity)
    {
        var cache = new StatementCache(connection, capacity);
        Caches.AddOrUpdate(connection, cache);
        return cache;
    }

    /// <summary>The cache of <paramref name="connection"/>, if it has one.</summary>
    public static StatementCache? Of(System.Data.Common.DbConnection? connection) =>
        connection is SqliteConnection sqlite && Caches.TryGetValue(sqlite, out var cache) ? cache : null;

    /// <summary>The prepared command for <paramref name="text"/>, taken out of the cache, or a new one (prepared when first run).</summary>
    public ReusableSqliteCommand Take(string text)
    {
        lock (gate)
        {
            if (!disposed && byText.Remove(text, out var node))
            {
                recency.Remove(node);
                Hits++;
                return node.Value;
            }
        }

        return new ReusableSqliteCommand(text, Connection);
    }

    /// <summary>
    /// Puts <paramref name="command"/> back (its reader disposed, its parameters cleared): it becomes the most recently
    /// used; a command whose text changed, a second command for a text already kept, or one beyond the capacity is disposed.
    /// </summary>
    public void Return(ReusableSqliteCommand command)
    {
        ReusableSqliteCommand? dropped = command;
        lock (gate)
        {
            if (!disposed && Capacity > 0 && command.IsUnchanged && !byText.ContainsKey(command.Key))
            {
                byText[command.Key] = recency.AddFirst(command);
                dropped = null;
                if (recency.Count > Capacity)
                {
                    var last = recency.Last!;
                    recency.RemoveLast();
                    byText.Remove(last.Value.Key);
                    dropped = last.Value;
                }
            }
        }

        dropped?.Dispose();
    }

    /// <summary>Finalizes every kept statement (before the connection closes).</summary>
    public void Dispose()
    {
        List<ReusableSqliteCommand> commands;
        lock (gate)
        {
            disposed = true;
            commands = [.. recency];
            recency.Clear();
            byText.Clear();
        }

        foreach (var command in commands)
        {
            command.Dispose();
        }

        Caches.Remove(Connection);
    }
}
