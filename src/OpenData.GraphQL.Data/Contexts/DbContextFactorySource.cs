using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.Contexts;

/// <summary><see cref="IDataContextSource"/> over an <see cref="IDbContextFactory{TContext}"/>.</summary>
internal sealed class DbContextFactorySource<TContext>(IDbContextFactory<TContext> factory) : IDataContextSource
    where TContext : DbContext
{
    private readonly Lazy<(IModel Model, bool Sqlite)> shape = new(() =>
    {
        using var context = factory.CreateDbContext();
        return (context.Model, context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true);
    });

    public IModel Model => shape.Value.Model;

    public bool NeedsExplicitNullOrdering => !shape.Value.Sqlite;

    public DbContext CreateContext() => factory.CreateDbContext();
}
