using Microsoft.EntityFrameworkCore;

namespace OpenData.GraphQL.Data.Benchmarks.Catalog;

public sealed class CatalogDb(DbContextOptions<CatalogDb> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>().HasIndex(i => i.Name);
}
