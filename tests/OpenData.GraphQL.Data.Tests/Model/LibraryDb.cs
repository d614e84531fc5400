using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenData.GraphQL.Data.Collation;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Tests.Model;

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    /// <summary>Spanish order for book titles and author names and countries (subtitles and the rest stay binary).</summary>
    public static readonly TextCollation Spanish = new("es", "es");

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Tag> Tags => Set<Tag>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseTextCollations(Spanish);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Property(b => b.Title).UseTextCollation(Spanish);
        modelBuilder.Entity<Author>().Property(a => a.Name).UseTextCollation(Spanish);
        modelBuilder.Entity<Author>().Property(a => a.Country!).UseTextCollation(Spanish);
        if (Database.IsNpgsql())
        {
            modelBuilder.HasCollation(Spanish.Name, Spanish.Locale, "icu", deterministic: true);
        }

        modelBuilder.Entity<Book>().Property(b => b.Royalty).HasColumnName("RoyaltyCents")
            .HasConversion(new ValueConverter<decimal, long>(v => decimal.ToInt64(v * 100m), v => v / 100m));
        modelBuilder.Entity<Book>().HasOne(b => b.Author).WithMany(a => a.Books).HasForeignKey(b => b.AuthorId);
        modelBuilder.Entity<Book>().HasMany(b => b.Tags).WithMany(t => t.Books);
        modelBuilder.Entity<Review>().HasOne(r => r.Book).WithMany(b => b.Reviews).HasForeignKey(r => r.BookId);
        modelBuilder.UseFlatValues();
    }
}
