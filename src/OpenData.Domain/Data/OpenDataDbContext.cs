using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Collation;
using OpenData.GraphQL.Data.Model;

namespace OpenData.Domain.Data;

/// <summary>
/// The EF Core model of the dataset. Enums are stored as UPPER_SNAKE_CASE text, money as integer
/// centavos (column <c>AmountCents</c>), partial dates as flat values (complex types, four columns each), lists of sources and other
/// references as implicit join tables. The same model maps to SQLite and PostgreSQL (there: DateOnly as date, enums as
/// text, centavos as bigint). Text people read (names, titles…) sorts in Spanish alphabetical order on both
/// (<see cref="DatasetCollation.Spanish"/>); ids, foreign keys, enums and the folded copies keep the binary order
/// (PostgreSQL's "C" collation, SQLite's BINARY). Every filter/sort index ends with the id, because
/// the query engine always appends the id as the last sort key: keyset pages then seek and read in index order.
/// Every collection's table, indexes, relations and join tables come from its declaration in <see cref="DatasetCollections"/>.
/// </summary>
public sealed class OpenDataDbContext(DbContextOptions<OpenDataDbContext> options) : DbContext(options)
{
    private readonly DatasetCollections collections = options.DatasetCollections();

    // The collections' entities come from their declarations (see OnModelCreating): Set<T>() reaches each. The sets below
    // are the dataset's own tables.
    public DbSet<DatasetInfo> DatasetInfo => Set<DatasetInfo>();
    public DbSet<DatasetCount> DatasetCounts => Set<DatasetCount>();
    public DbSet<FieldProvenance> FieldProvenance => Set<FieldProvenance>();
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();
    public DbSet<FieldChange> FieldChanges => Set<FieldChange>();
    public DbSet<RecordPublication> RecordPublications => Set<RecordPublication>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Every connection over the dataset knows the Spanish collation, whoever configured the options. (Pooled
        // contexts must have it in their options already: see DatabaseServiceCollectionExtensions.ConfigureModel.)
        optionsBuilder.UseTextCollations(DatasetCollation.Spanish).UseFlatValueIndexes();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // On PostgreSQL, text (strings and enums stored as text) compares and sorts by code point, as in SQLite: the
        // same filters and orders give the same answers whatever the database's default collation.
        var collation = Database.ProviderName == PostgresProvider.Name ? PostgresProvider.BinaryCollation : null;
        EnumAsText<SourceKind>(configurationBuilder, collation);
        EnumAsText<HistoryCategory>(configurationBuilder, collation);
        EnumAsText<LegalInstrumentKind>(configurationBuilder, collation);
        EnumAsText<Jurisdiction>(configurationBuilder, collation);
        EnumAsText<ProgramLevel>(configurationBuilder, collation);
        EnumAsText<AmountQualifier>(configurationBuilder, collation);
        EnumAsText<MoneyMeasure>(configurationBuilder, collation);
        EnumAsText<CentreKind>(configurationBuilder, collation);
        EnumAsText<DatePrecision>(configurationBuilder, collation);
        EnumAsText<ChangeKind>(configurationBuilder, collation);
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyCentsConverter>();
        if (collation is not null)
        {
            configurationBuilder.Properties<string>().UseCollation(collation);
        }
    }

    private static void EnumAsText<TEnum>(ModelConfigurationBuilder configurationBuilder, string? collation)
        where TEnum : struct, Enum
    {
        var properties = configurationBuilder.Properties<TEnum>().HaveConversion<EnumTextConverter<TEnum>>();
        if (collation is not null)
        {
            properties.UseCollation(collation);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        foreach (var collection in collections)
        {
            collection.Configure(modelBuilder);
            if (collection.IsSourced)
            {
                LinkTable(modelBuilder, collection.EntityType, collection.TypeName, nameof(ISourced.Sources), typeof(Source), "SourceId");
            }

            if (collection.IsConflictSubject)
            {
                LinkTable(modelBuilder, collection.EntityType, collection.TypeName, nameof(IConflictSubject.Conflicts), typeof(Conflict), "ConflictId");
            }
        }

        OnReleasesCreating(modelBuilder);
        LinkTable(modelBuilder, typeof(FieldProvenance), nameof(FieldProvenance), nameof(ISourced.Sources), typeof(Source), "SourceId");
        modelBuilder.Entity<DatasetInfo>(e =>
        {
            e.HasMany(x => x.Counts).WithOne().HasForeignKey(x => x.DatasetInfoId);
            e.Navigation(x => x.Counts).AutoInclude();
        });
        modelBuilder.Entity<DatasetCount>(e =>
        {
            e.ToTable("DatasetCounts");
            e.HasKey(x => x.Collection);
        });

        modelBuilder.UseFlatValues();
        modelBuilder.UseTextCollation(DatasetCollation.Spanish);
        KeepBinary(modelBuilder);
        if (Database.ProviderName == PostgresProvider.Name)
        {
            // Created with the tables, in the dataset's schema (a build creates it in the fresh schema it then renames).
            modelBuilder.HasCollation(DatasetCollation.Spanish.Name, DatasetCollation.Spanish.Locale, "icu", deterministic: true);
        }
    }

    /// <summary>
    /// The implicit join table <c>{TypeName}{Navigation}</c> (columns <c>{TypeName}Id</c> and <paramref name="targetKey"/>): a
    /// record's sources (<c>ProgramSources</c>: <c>ProgramId</c>, <c>SourceId</c>), or every conflict that concerns it, as
    /// its main subject or among the others it names (<c>ProgramConflicts</c>: <c>ProgramId</c>, <c>ConflictId</c>).
    /// </summary>
    private static void LinkTable(ModelBuilder modelBuilder, Type entityType, string typeName, string navigation, Type target, string targetKey) =>
        modelBuilder.Entity(entityType)
            .HasMany(target, navigation)
            .WithMany()
            .UsingEntity(
                typeName + navigation,
                join => join.HasOne(target).WithMany().HasForeignKey(targetKey),
                join => join.HasOne(entityType).WithMany().HasForeignKey(typeName + "Id"));

    /// <summary>
    /// The releases' and provenance's references to records, releases and fields are ids compared with the records'
    /// (binary) ids, not text people read: they keep the binary order (PostgreSQL refuses to compare two collations).
    /// </summary>
    private static void KeepBinary(ModelBuilder modelBuilder)
    {
        string[] references = ["RecordType", "RecordId", "SinceReleaseId", "UntilReleaseId", "FirstReleaseId", "LastChangedReleaseId", "Field", "Content"];
        foreach (var type in new[] { typeof(FieldProvenance), typeof(RecordChange), typeof(RecordPublication), typeof(FieldChange), typeof(Release) })
        {
            foreach (var property in modelBuilder.Model.FindEntityType(type)!.GetDeclaredProperties())
            {
                if (references.Contains(property.Name))
                {
                    property.SetCollation(null);
                    property.RemoveAnnotation(TextCollationModelBuilderExtensions.CollationAnnotation);
                }
            }
        }
    }

    /// <summary>Field provenance, releases, changes between releases and each record's publication.</summary>
    private static void OnReleasesCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FieldProvenance>(e =>
        {
            e.ToTable("FieldProvenance");
            e.HasIndex(x => new { x.RecordId, x.RecordType, x.Position });
            e.HasIndex(x => new { x.RecordType, x.Id });
        });
        modelBuilder.Entity<Release>(e => e.HasIndex(x => new { x.Position, x.Id }));
        modelBuilder.Entity<RecordChange>(e =>
        {
            e.HasIndex(x => new { x.SinceReleaseId, x.UntilReleaseId, x.Id });
            e.HasIndex(x => new { x.UntilReleaseId, x.IsStep, x.Id });
            e.HasIndex(x => new { x.RecordType, x.Id });
            e.HasMany(x => x.Fields).WithOne(x => x.Change).HasForeignKey(x => x.ChangeId);
        });
        modelBuilder.Entity<FieldChange>(e => e.HasIndex(x => new { x.ChangeId, x.Position }));
        modelBuilder.Entity<RecordPublication>(e =>
        {
            e.HasIndex(x => new { x.RecordId, x.RecordType });
            e.HasIndex(x => new { x.RecordType, x.LastChangedOn, x.RecordId });
        });
    }
}
