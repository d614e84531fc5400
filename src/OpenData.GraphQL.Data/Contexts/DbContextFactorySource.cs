using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.GraphQL.Data.Connections;

namespace OpenData.GraphQL.Data.Contexts;

/// <summary>
/// <see cref="IDataContextSource"/> over an <see cref="IDbContextFactory{TContext}"/>. When the contexts' options ask for
/// it (<see cref="ServingConnectionsDbContextOptionsExtensions.UseServingConnections"/>; SQLite and PostgreSQL), each
/// context is leased one of the pool's open connections for its lifetime.
/// </summary>
internal sealed class DbContextFactorySource<TContext>(IDbContextFactory<TContext> factory, ServingConnectionPool connections) : IDataContextSource
    where TContext : DbContext
{
    private readonly Lazy<(IModel Model, bool Sqlite, bool Leases)> shape = new(() =>
    {
        using var context = factory.CreateDbContext();
        var sqlite = context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var leases = context.GetInfrastructure().GetService(typeof(ServingConnectionLease)) is not null;
        return (context.Model, sqlite, leases);
    });

    public IModel Model => shape.Value.Model;

    /// <summary>The open connections contexts are leased (for tests and diagnostics).</summary>
    internal ServingConnectionPool Connections => connections;

    public bool NeedsExplicitNullOrdering => !shape.Value.Sqlite;

    public DbContext CreateContext()
    {
        var context = factory.CreateDbContext();
        if (connections.Capacity <= 0 || !shape.Value.Leases)
        {
            return context;
        }

        try
        {
            if (connections.TryRent(context, out var connection))
            {
                context.GetService<ServingConnectionLease>().Attach(connections, connection);
            }
        }
        catch
        {
            context.Dispose();
            throw;
        }

        return context;
    }
}
