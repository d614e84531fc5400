using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Synthetic;

/// <summary>
/// Writes every table of a synthetic dataset through prepared inserts, in dependency order: each record,
/// then its join rows (sources, municipalities, legal instruments, municipalities served). Provider-neutral:
/// it needs only the open connection and transaction of <see cref="SyntheticTarget"/> and the EF model.
/// </summary>
internal sealed class SyntheticDatasetWriter
{
    private readonly SyntheticTarget _target;
    private readonly IModel _model;
    private readonly SyntheticPlan _plan;
    private readonly SyntheticIds _ids;
    private readonly SyntheticRecords _records;
    private readonly Random _random;
    private readonly CancellationToken _cancellationToken;
    private readonly Action<string>? _progress;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public SyntheticDatasetWriter(SyntheticTarget target, IModel model, SyntheticPlan plan, int seed, CancellationToken cancellationToken, Action<string>? progress = null)
    {
        _progress = progress;
        _target = target;
        _model = model;
        _plan = plan;
        _ids = new SyntheticIds(plan);
        _random = new Random(seed);
        _records = new SyntheticRecords(plan, _ids, _random);
        _cancellationToken = cancellationToken;
    }

    /// <summary>The tables that describe the dataset rather than hold its records.</summary>
    public static IReadOnlyList<string> InfoTables { get; } = [nameof(DatasetInfo), "DatasetCounts"];

    /// <summary>Rows written per table, DatasetInfo and its counts included.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>
    /// The collections with a generator of their own, by entity, in the order they are written (each after the
    /// collections it references). Every other collection of the model's set is written empty: its table exists and its
    /// count (0) is written with the others, so a newly declared collection never stops the generator.
    /// </summary>
    private static readonly (Type Entity, Action<SyntheticDatasetWriter> Write)[] Generators =
    [
        (typeof(Source), w => w.Sourced(w._plan.Sources, w._records.Source, 0)),
        (typeof(LegalInstrument), w => w.Sourced(w._plan.LegalInstruments, w._records.LegalInstrument, SyntheticPlan.SourceLinks(w._plan.LegalInstruments))),
        (typeof(Municipality), w => w.Sourced(w._plan.Municipalities, w._records.Municipality, SyntheticPlan.SourceLinks(w._plan.Municipalities))),
        (typeof(Institution), w => w.Sourced(w._plan.Institutions, w._records.Institution, SyntheticPlan.SourceLinks(w._plan.Institutions))),
        (typeof(InstitutionName), w => w.Sourced(w._plan.InstitutionNames, w._records.InstitutionName, SyntheticPlan.SourceLinks(w._plan.InstitutionNames))),
        (typeof(HistoryEvent), w => w.WriteHistoryEvents()),
        (typeof(Plan), w => w.Sourced(w._plan.Plans, w._records.Plan, SyntheticPlan.SourceLinks(w._plan.Plans))),
        (typeof(Objective), w => w.Sourced(w._plan.Objectives, w._records.Objective, SyntheticPlan.SourceLinks(w._plan.Objectives))),
        (typeof(Policy), w => w.Sourced(w._plan.Policies, w._records.Policy, SyntheticPlan.SourceLinks(w._plan.Policies))),
        (typeof(Person), w => w.Sourced(w._plan.People, w._records.Person, SyntheticPlan.SourceLinks(w._plan.People))),
        (typeof(Appointment), w => w.Sourced(w._plan.Appointments, w._records.Appointment, SyntheticPlan.SourceLinks(w._plan.Appointments))),
        (typeof(PublicProgram), w => w.Sourced(w._plan.Programs, w._records.Program, SyntheticPlan.SourceLinks(w._plan.Programs))),
        (typeof(Agreement), w => w.Sourced(w._plan.Agreements, w._records.Agreement, SyntheticPlan.SourceLinks(w._plan.Agreements))),
        (typeof(AgreementSignatory), w => w.Sourced(w._plan.AgreementSignatories, w._records.AgreementSignatory, 0)),
        (typeof(FundingRecord), w => w.Sourced(w._plan.FundingRecords, w._records.FundingRecord, w._plan.FundingRecordSources)),
        (typeof(Centre), w => w.WriteCentres()),
        (typeof(GlossaryTerm), w => w.Sourced(w._plan.GlossaryTerms, w._records.GlossaryTerm, SyntheticPlan.SourceLinks(w._plan.GlossaryTerms))),
        (typeof(Conflict), w => w.WriteConflicts()),
        (typeof(Claim), w => w.Sourced(w._plan.Claims, w._records.Claim, SyntheticPlan.SourceLinks(w._plan.Claims))),
    ];

    /// <summary>The entities of the collections with a generator of their own; every other declared collection is written empty.</summary>
    public static IEnumerable<Type> GeneratedEntities => Generators.Select(g => g.Entity);

    /// <summary>Writes every collection of <paramref name="collections"/> (the model's set), then DatasetInfo and its counts.</summary>
    public void Write(DatasetInfo info, DatasetCollections collections)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(collections);

        // The generated collections reference one another: they are written together, in their fixed order, or not at all.
        var missing = Generators.Where(g => !collections.Any(c => c.EntityType == g.Entity)).Select(g => g.Entity.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"A synthetic dataset needs the collections of {string.Join(", ", missing)}.");
        }

        foreach (var (_, write) in Generators)
        {
            write(this);
        }

        foreach (var collection in collections.Where(c => !GeneratedEntities.Contains(c.EntityType)))
        {
            // No generator of its own (a newly declared collection): an empty table, counted as such.
            _counts[collection.TableName] = 0;
        }

        info.Counts = [.. collections.Select(c => new DatasetCount { Collection = c.Name, Count = _counts[c.TableName] })];
        using var infoWriter = TableWriter<DatasetInfo>.ForEntity(_target, Entity<DatasetInfo>());
        infoWriter.Write(info);
        _counts[infoWriter.Table] = infoWriter.Count;
        using var countWriter = TableWriter<DatasetCount>.ForEntity(_target, Entity<DatasetCount>());
        foreach (var count in info.Counts)
        {
            countWriter.Write(count);
        }

        _counts[countWriter.Table] = countWriter.Count;
    }

    private void Sourced<T>(int count, Func<int, T> create, int sourceLinks)
        where T : class, IRecord
    {
        using var writer = TableWriter<T>.ForEntity(_target, Entity<T>());
        using var sources = sourceLinks > 0 ? Join<T>(nameof(ISourced.Sources)) : null;
        for (var i = 0; i < count; i++)
        {
            var record = create(i);
            writer.Write(record);
            if (sources is not null)
            {
                Link(sources, record.Id, Share(i, count, sourceLinks), _plan.Sources, _ids.Source);
            }

            Tick(i);
        }

        Done(writer, sources);
    }

    private void WriteHistoryEvents()
    {
        var p = _plan;
        using var writer = TableWriter<HistoryEvent>.ForEntity(_target, Entity<HistoryEvent>());
        using var sources = Join<HistoryEvent>(nameof(HistoryEvent.Sources));
        using var municipalities = Join<HistoryEvent>(nameof(HistoryEvent.Municipalities));
        using var instruments = Join<HistoryEvent>(nameof(HistoryEvent.LegalInstruments));
        for (var i = 0; i < p.HistoryEvents; i++)
        {
            var record = _records.HistoryEvent(i);
            writer.Write(record);
            Link(sources, record.Id, Share(i, p.HistoryEvents, p.HistoryEventSources), p.Sources, _ids.Source);
            Link(municipalities, record.Id, Share(i, p.HistoryEvents, p.HistoryEventMunicipalities), p.Municipalities, _ids.Municipality);
            Link(instruments, record.Id, Share(i, p.HistoryEvents, p.HistoryEventLegalInstruments), p.LegalInstruments, _ids.LegalInstrument);
            Tick(i);
        }

        Done(writer, sources, municipalities, instruments);
    }

    private void WriteCentres()
    {
        var p = _plan;
        using var writer = TableWriter<Centre>.ForEntity(_target, Entity<Centre>());
        using var sources = Join<Centre>(nameof(Centre.Sources));
        using var served = Join<Centre>(nameof(Centre.MunicipalitiesServed));
        var centreSources = SyntheticPlan.SourceLinks(p.Centres);
        for (var i = 0; i < p.Centres; i++)
        {
            var home = _random.Next(p.Municipalities);
            var record = _records.Centre(i, home);
            writer.Write(record);
            Link(sources, record.Id, Share(i, p.Centres, centreSources), p.Sources, _ids.Source);
            var others = Share(i, p.Centres, p.CentreMunicipalitiesServed);
            for (var k = 0; k < others; k++)
            {
                // Another municipality than the centre's own, distinct for each link.
                served.Write(new JoinRow(record.Id, _ids.Municipality((home + 1 + k) % p.Municipalities)));
            }

            Tick(i);
        }

        Done(writer, sources, served);
    }

    /// <summary>Conflicts with their sources, and the join row that lets their subject list them.</summary>
    private void WriteConflicts()
    {
        var p = _plan;
        using var writer = TableWriter<Conflict>.ForEntity(_target, Entity<Conflict>());
        using var sources = Join<Conflict>(nameof(Conflict.Sources));
        using var funding = Join<FundingRecord>(nameof(IConflictSubject.Conflicts));
        using var events = Join<HistoryEvent>(nameof(IConflictSubject.Conflicts));
        var links = SyntheticPlan.SourceLinks(p.Conflicts);
        for (var i = 0; i < p.Conflicts; i++)
        {
            var record = _records.Conflict(i);
            writer.Write(record);
            Link(sources, record.Id, Share(i, p.Conflicts, links), p.Sources, _ids.Source);
            var subjects = record.SubjectType == nameof(FundingRecord) ? funding : events;
            subjects.Write(new JoinRow(record.SubjectId, record.Id));
            Tick(i);
        }

        Done(writer, sources, funding, events);
    }

    /// <summary>How many of <paramref name="total"/> links the i-th of <paramref name="parents"/> gets: spread evenly, summing exactly to the total.</summary>
    private static int Share(int i, int parents, int total) =>
        (int)(((long)(i + 1) * total / parents) - ((long)i * total / parents));

    /// <summary><paramref name="links"/> distinct targets from a pool of <paramref name="pool"/>, starting at a random one.</summary>
    private void Link(TableWriter<JoinRow> writer, string id, int links, int pool, Func<int, string> target)
    {
        if (links == 0)
        {
            return;
        }

        var start = _random.Next(pool);
        for (var k = 0; k < Math.Min(links, pool); k++)
        {
            writer.Write(new JoinRow(id, target((start + k) % pool)));
        }
    }

    private TableWriter<JoinRow> Join<T>(string navigation)
    {
        var owner = Entity<T>();
        var skip = owner.FindSkipNavigation(navigation)
            ?? throw new InvalidOperationException($"{owner.DisplayName()} has no many-to-many navigation {navigation}.");
        var join = skip.JoinEntityType;
        return TableWriter<JoinRow>.ForJoin(_target, join, property =>
        {
            var key = join.GetForeignKeys().FirstOrDefault(fk => fk.Properties.Contains(property));
            if (key is null)
            {
                return null;
            }

            return key == skip.ForeignKey ? row => row.Owner : row => row.Target;
        });
    }

    private IEntityType Entity<T>() =>
        _model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    private void Tick(int i)
    {
        if ((i & 0x1FFF) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Done<T>(TableWriter<T> writer, params TableWriter<JoinRow>?[] joins)
    {
        _counts[writer.Table] = writer.Count;
        foreach (var join in joins.OfType<TableWriter<JoinRow>>())
        {
            _counts[join.Table] = join.Count;
        }

        _progress?.Invoke(FormattableString.Invariant(
            $"{string.Join(", ", joins.OfType<TableWriter<JoinRow>>().Prepend<ITableCount>(writer).Select(w => $"{w.Count} {w.Table}"))}; {_counts.Values.Sum()} of about {_plan.Rows} rows written"));
    }
}

/// <summary>A row of an implicit many-to-many table: the owning record's id and the linked record's id.</summary>
internal readonly record struct JoinRow(string Owner, string Target);
