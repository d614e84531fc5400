using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>Lets the engine run a read-only context's queries on long-lived SQLite connections and their prepared statements.</summary>
public static class ServingConnectionsDbContextOptionsExtensions
{
    /// <summary>
    /// For contexts that only read: the engine leases each context it creates one of at most
    /// <c>QueryEngine:ServingConnections</c> open SQLite connections (functions and collations registered once per
    /// connection, not on every open) and runs its queries on that connection's cached prepared statements (at most
    /// <c>QueryEngine:StatementCacheSize</c> per connection, least recently used finalized first). Contexts of other
    /// providers, contexts created outside the engine and contexts beyond the bound keep EF Core's own connection.
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
        return builder.AddInterceptors(StatementReuseInterceptor.Instance);
    }
}
