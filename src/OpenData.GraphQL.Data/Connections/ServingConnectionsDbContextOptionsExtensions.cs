using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
#pragma warning disable EF1001 // The SQLite provider's options extension: only its type is checked.
using SqliteOptionsExtension = Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal.SqliteOptionsExtension;
#pragma warning restore EF1001

namespace OpenData.GraphQL.Data.Connections;

/// <summary>Lets the engine run a read-only context's queries on long-lived connections (on SQLite with their prepared statements).</summary>
public static class ServingConnectionsDbContextOptionsExtensions
{
    /// <summary>
    /// For contexts that only read: the engine leases each context it creates one of at most
    /// <c>QueryEngine:ServingConnections</c> open connections for the context's lifetime, so its statements run without
    /// opening and closing a connection each. On SQLite, functions and collations are registered once per connection,
    /// not on every open, and queries run on that connection's cached prepared statements (at most
    /// <c>QueryEngine:StatementCacheSize</c> per connection, least recently used finalized first). On another provider
    /// (PostgreSQL) the connections are the provider's own, opened once from the context's connection string (call this
    /// after the provider's <c>UseNpgsql</c>). Contexts created outside the engine and contexts beyond the bound keep
    /// EF Core's own connection.
    /// Not for contexts that write: a reused connection must see no transaction.
    /// </summary>
    public static DbContextOptionsBuilder UseServingConnections(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Options.FindExtension<ServingConnectionsOptionsExtension>() is not null)
        {
            return builder;
        }

        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ServingConnectionsOptionsExtension());

        // The prepared statements are SQLite's (another provider's commands pass through the interceptor untouched):
        // a context already configured for another provider does without it, and without its per-command events.
        var provider = builder.Options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        return provider is null or SqliteOptionsExtension ? builder.AddInterceptors(StatementReuseInterceptor.Instance) : builder;
    }
}
