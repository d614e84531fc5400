using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
/// </summary>
public sealed class OpenDataDbContext(DbContextOptions<OpenDataDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<InstitutionName> InstitutionNames => Set<InstitutionName>();
    public DbSet<HistoryEvent> HistoryEvents => Set<HistoryEvent>();
    public DbSet<LegalInstrument> LegalInstruments => Set<LegalInstrument>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<PublicProgram> Programs => Set<PublicProgram>();
    public DbSet<FundingRecord> FundingRecords => Set<FundingRecord>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementSignatory> AgreementSignatories => Set<AgreementSignatory>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Centre> Centres => Set<Centre>();
    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();
    public DbSet<Conflict> Conflicts => Set<Conflict>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<DatasetInfo> DatasetInfo => Set<DatasetInfo>();
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

        modelBuilder.Entity<Source>(e =>
        {
            e.HasIndex(x => new { x.Kind, x.Id });
            e.HasIndex(x => new { x.Title, x.Id });
            e.HasFlatValueIndex(x => x.PublishedOn, d => d.Start, x => x.Id);
        });
        modelBuilder.Entity<Institution>(e =>
        {
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasOne(x => x.FoundingInstrument).WithMany().HasForeignKey(x => x.FoundingInstrumentId);
            e.HasMany(x => x.FormerNames).WithOne(x => x.Institution).HasForeignKey(x => x.InstitutionId);
        });
        modelBuilder.Entity<InstitutionName>(e => e.HasIndex(x => new { x.Name, x.Id }));
        modelBuilder.Entity<HistoryEvent>(e =>
        {
            e.HasFlatValueIndex(x => x.Date, d => d.Start, x => x.Id);
            e.HasIndex(x => new { x.Category, x.Id });
            e.HasIndex(x => new { x.Title, x.Id });
            e.HasMany(x => x.Municipalities).WithMany(x => x.HistoryEvents).UsingEntity("HistoryEventMunicipalities");
            e.HasMany(x => x.LegalInstruments).WithMany(x => x.HistoryEvents).UsingEntity("HistoryEventLegalInstruments");
        });
        modelBuilder.Entity<LegalInstrument>(e =>
        {
            e.HasIndex(x => new { x.Kind, x.Id });
            e.HasIndex(x => new { x.Jurisdiction, x.Id });
            e.HasIndex(x => new { x.Title, x.Id });
            e.HasFlatValueIndex(x => x.PublishedOn, d => d.Start, x => x.Id);
        });
        modelBuilder.Entity<Plan>(e =>
        {
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasIndex(x => new { x.PeriodStartYear, x.Id });
            e.HasMany(x => x.Objectives).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId);
            e.HasMany(x => x.Policies).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId);
        });
        modelBuilder.Entity<Objective>(e => e.HasIndex(x => new { x.PlanId, x.Position }));
        modelBuilder.Entity<Policy>(e => e.HasIndex(x => new { x.PlanId, x.Position }));
        modelBuilder.Entity<Person>(e =>
        {
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasMany(x => x.Appointments).WithOne(x => x.Person).HasForeignKey(x => x.PersonId);
        });
        modelBuilder.Entity<Appointment>(e =>
        {
            e.HasIndex(x => new { x.Role, x.Id });
            e.HasFlatValueIndex(x => x.StartedOn, d => d.Start, x => x.Id);
        });
        modelBuilder.Entity<PublicProgram>(e =>
        {
            e.ToTable("Programs");
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasIndex(x => new { x.Level, x.Id });
            e.HasFlatValueIndex(x => x.Since, d => d.Start, x => x.Id);
        });
        modelBuilder.Entity<FundingRecord>(e =>
        {
            e.Property(x => x.Amount).HasColumnName("AmountCents");
            e.HasIndex(x => new { x.FiscalYear, x.Id });
            e.HasIndex(x => new { x.Amount, x.Id });
            e.HasIndex(x => new { x.AmountQualifier, x.Id });
            e.HasIndex(x => new { x.Measure, x.Id });
            e.HasOne(x => x.PartOf).WithMany(x => x.Parts).HasForeignKey(x => x.PartOfId);
        });
        modelBuilder.Entity<Agreement>(e =>
        {
            e.Property(x => x.Amount).HasColumnName("AmountCents");
            e.HasIndex(x => new { x.Title, x.Id });
            e.HasIndex(x => new { x.FiscalYear, x.Id });
            e.HasFlatValueIndex(x => x.SignedOn, d => d.Start, x => x.Id);
            e.HasIndex(x => new { x.Measure, x.Id });
            e.HasMany(x => x.Signatories).WithOne(x => x.Agreement).HasForeignKey(x => x.AgreementId);
        });
        modelBuilder.Entity<AgreementSignatory>(e => e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId));
        modelBuilder.Entity<Municipality>(e =>
        {
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasIndex(x => new { x.GenderAlert, x.Id });
            e.HasFlatValueIndex(x => x.GenderAlertDeclaredOn, d => d.Start, x => x.Id);
        });
        modelBuilder.Entity<Centre>(e =>
        {
            e.HasIndex(x => new { x.Kind, x.Id });
            e.HasIndex(x => new { x.Name, x.Id });
            e.HasFlatValueIndex(x => x.OpenedOn, d => d.Start, x => x.Id);
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasMany(x => x.MunicipalitiesServed).WithMany(x => x.CentresServing).UsingEntity("CentreMunicipalitiesServed");
        });
        modelBuilder.Entity<GlossaryTerm>(e => e.HasIndex(x => new { x.Term, x.Id }));
        modelBuilder.Entity<Conflict>(e =>
        {
            e.HasIndex(x => new { x.Topic, x.Id });
            e.HasIndex(x => new { x.SubjectType, x.SubjectId });
            e.HasMany(x => x.Claims).WithOne(x => x.Conflict).HasForeignKey(x => x.ConflictId);
        });
        modelBuilder.Entity<Claim>(e => e.HasIndex(x => new { x.ConflictId, x.Position }));
        OnReleasesCreating(modelBuilder);

        SourcesOf<Institution>(modelBuilder);
        SourcesOf<InstitutionName>(modelBuilder);
        SourcesOf<HistoryEvent>(modelBuilder);
        SourcesOf<LegalInstrument>(modelBuilder);
        SourcesOf<Plan>(modelBuilder);
        SourcesOf<Objective>(modelBuilder);
        SourcesOf<Policy>(modelBuilder);
        SourcesOf<Person>(modelBuilder);
        SourcesOf<Appointment>(modelBuilder);
        SourcesOf<PublicProgram>(modelBuilder, "Program");
        SourcesOf<FundingRecord>(modelBuilder);
        SourcesOf<Agreement>(modelBuilder);
        SourcesOf<Municipality>(modelBuilder);
        SourcesOf<Centre>(modelBuilder);
        SourcesOf<GlossaryTerm>(modelBuilder);
        SourcesOf<Conflict>(modelBuilder);
        SourcesOf<Claim>(modelBuilder);
        SourcesOf<AgreementSignatory>(modelBuilder);
        SourcesOf<FieldProvenance>(modelBuilder);

        ConflictsOf<Source>(modelBuilder);
        ConflictsOf<Institution>(modelBuilder);
        ConflictsOf<InstitutionName>(modelBuilder);
        ConflictsOf<HistoryEvent>(modelBuilder);
        ConflictsOf<LegalInstrument>(modelBuilder);
        ConflictsOf<Plan>(modelBuilder);
        ConflictsOf<Objective>(modelBuilder);
        ConflictsOf<Policy>(modelBuilder);
        ConflictsOf<Person>(modelBuilder);
        ConflictsOf<Appointment>(modelBuilder);
        ConflictsOf<PublicProgram>(modelBuilder, "Program");
        ConflictsOf<FundingRecord>(modelBuilder);
        ConflictsOf<Agreement>(modelBuilder);
        ConflictsOf<AgreementSignatory>(modelBuilder);
        ConflictsOf<Municipality>(modelBuilder);
        ConflictsOf<Centre>(modelBuilder);
        ConflictsOf<GlossaryTerm>(modelBuilder);

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
    /// The implicit join table <c>{Entity}Conflicts</c> (columns <c>{Entity}Id</c>, <c>ConflictId</c>): every conflict that
    /// concerns the record, as its main subject or among the others it names.
    /// </summary>
    private static void ConflictsOf<T>(ModelBuilder modelBuilder, string? entityName = null)
        where T : class, IConflictSubject
    {
        var name = entityName ?? typeof(T).Name;
        modelBuilder.Entity<T>()
            .HasMany<Conflict>(nameof(IConflictSubject.Conflicts))
            .WithMany()
            .UsingEntity(
                name + "Conflicts",
                (EntityTypeBuilder join) => join.HasOne(typeof(Conflict)).WithMany().HasForeignKey("ConflictId"),
                join => join.HasOne(typeof(T)).WithMany().HasForeignKey(name + "Id"));
    }

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

    /// <summary>The implicit join table <c>{Entity}Sources</c> (columns <c>{Entity}Id</c>, <c>SourceId</c>).</summary>
    private static void SourcesOf<T>(ModelBuilder modelBuilder, string? entityName = null)
        where T : class, ISourced
    {
        var name = entityName ?? typeof(T).Name;
        modelBuilder.Entity<T>()
            .HasMany<Source>(nameof(ISourced.Sources))
            .WithMany()
            .UsingEntity(
                name + "Sources",
                (EntityTypeBuilder join) => join.HasOne(typeof(Source)).WithMany().HasForeignKey("SourceId"),
                join => join.HasOne(typeof(T)).WithMany().HasForeignKey(name + "Id"));
    }
}
