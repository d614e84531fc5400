using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// One long-lived, open connection of a <see cref="ServingConnectionPool"/>. On SQLite, with its prepared statements:
/// it is opened once the way the serving context would open its own (EF Core registers its SQLite functions on it, the
/// context's connection interceptors, the collations, run), so functions and collations are registered once per
/// physical connection instead of on every open. On another provider (PostgreSQL through Npgsql) it is a connection of
/// the provider's factory over the context's connection string, opened once: the contexts leased it run every
/// statement on it without opening and closing it (EF Core opens and closes its own connection around each
/// statement); the provider keeps its own statement reuse (Npgsql's automatic preparation) per physical connection.
/// </summary>
internal sealed class ServingConnection : IDisposable
{
    private ServingConnection(DbConnection connection, StatementCache? statements)
    {
        Connection = connection;
        Statements = statements;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

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
        if (!context.Database.IsSqlite())
        {
            return OpenOther(context, connectionString);
        }

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

    /// <summary>
    /// A connection of another provider: a new connection of the context's own connection's provider factory over
    /// <paramref name="connectionString"/>, opened (through the provider's own pool: closing it gives the physical
    /// connection back). EF Core's connection events are not raised for this open; the commands' events are, per statement.
    /// </summary>
    private static ServingConnection OpenOther(DbContext context, string connectionString)
    {
        var factory = DbProviderFactories.GetFactory(context.Database.GetDbConnection())
            ?? throw new InvalidOperationException("The serving context's provider has no DbProviderFactory.");
        var connection = factory.CreateConnection() ?? throw new InvalidOperationException("The provider's factory made no connection.");
        try
        {
            connection.ConnectionString = connectionString;
            connection.Open();
            return new ServingConnection(connection, null);
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
