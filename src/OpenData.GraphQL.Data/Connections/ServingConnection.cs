using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// One long-lived, open SQLite connection of a <see cref="ServingConnectionPool"/> and its prepared statements. It is
/// opened once the way the serving context would open its own: EF Core registers its SQLite functions on it, the
/// context's connection interceptors (the collations) run, so functions and collations are registered once per
/// physical connection instead of on every open.
/// </summary>
internal sealed class ServingConnection : IDisposable
{
    private ServingConnection(SqliteConnection connection, StatementCache? statements)
    {
        Connection = connection;
        Statements = statements;
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Its prepared statements (none when the cache size is 0).</summary>
    public StatementCache? Statements { get; }

    /// <summary>True when the connection can no longer serve (closed or broken).</summary>
    public bool IsBroken => Connection.State != ConnectionState.Open;

    /// <summary>
    /// Opens a connection to the database <paramref name="context"/> reads (<paramref name="connectionString"/>, without
    /// Microsoft.Data.Sqlite's pool: closing it releases the file), as <paramref name="context"/>'s options would.
    /// </summary>
    public static ServingConnection Open(DbContext context, string connectionString, int statementCacheSize)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?
                .OfType<IDbConnectionInterceptor>().ToArray() ?? [];
            var options = new DbContextOptionsBuilder().UseSqlite(connection);
            if (interceptors.Length > 0)
            {
                options.AddInterceptors(interceptors);
            }

            // EF Core's SQLite provider registers its functions (regexp, the ef_* decimal ones, EF_DECIMAL) on a
            // connection it is given; the context does not own it, so disposing the context leaves it open.
            using (var opener = new DbContext(options.Options))
            {
                opener.Database.OpenConnection();
            }

            var statements = statementCacheSize > 0 ? StatementCache.Attach(connection, statementCacheSize) : null;
            return new ServingConnection(connection, statements);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Finalizes the statements and closes the connection.</summary>
    public void Dispose()
    {
        Statements?.Dispose();
        Connection.Dispose();
    }
}
