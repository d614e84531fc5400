using OpenData.Domain.Model;
using OpenData.Domain.Releases;

namespace OpenData.Domain.Seed;

/// <summary>
/// The records loaded from the seed files, top-level collections in file order. Children
/// (former names, signatories, claims) hang off their parents; lists of references are filled
/// with the referenced instances.
/// </summary>
public sealed class SeedSet
{
    public List<Source> Sources { get; } = [];
    public List<Institution> Institutions { get; } = [];
    public List<HistoryEvent> HistoryEvents { get; } = [];
    public List<LegalInstrument> LegalInstruments { get; } = [];
    public List<Plan> Plans { get; } = [];
    public List<Objective> Objectives { get; } = [];
    public List<Policy> Policies { get; } = [];
    public List<Person> People { get; } = [];
    public List<Appointment> Appointments { get; } = [];
    public List<PublicProgram> Programs { get; } = [];
    public List<FundingRecord> FundingRecords { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public List<Municipality> Municipalities { get; } = [];
    public List<Centre> Centres { get; } = [];
    public List<GlossaryTerm> GlossaryTerms { get; } = [];
    public List<Conflict> Conflicts { get; } = [];

    /// <summary>Which sources back each field of each sourced record (filled when the seed is valid).</summary>
    public List<FieldProvenance> FieldProvenance { get; } = [];

    /// <summary>Every record's values as normalized text (filled when the seed is valid), what a release records.</summary>
    public DatasetSnapshot Snapshot { get; internal set; } = new();

    /// <summary>The recorded releases (seed/releases/), oldest first.</summary>
    public IReadOnlyList<RecordedRelease> Releases { get; internal set; } = [];

    /// <summary>The content hash of the collection files (see <see cref="SeedVersion.ComputeContent"/>).</summary>
    public string Content { get; internal set; } = "";

    /// <summary>Records per collection (children included), keyed and ordered as <see cref="SeedCollections.All"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts =>
    [
        new(SeedCollections.Sources, Sources.Count),
        new(SeedCollections.Institutions, Institutions.Count),
        new(SeedCollections.InstitutionNames, Institutions.Sum(i => i.FormerNames.Count)),
        new(SeedCollections.HistoryEvents, HistoryEvents.Count),
        new(SeedCollections.LegalInstruments, LegalInstruments.Count),
        new(SeedCollections.Plans, Plans.Count),
        new(SeedCollections.Objectives, Objectives.Count),
        new(SeedCollections.Policies, Policies.Count),
        new(SeedCollections.People, People.Count),
        new(SeedCollections.Appointments, Appointments.Count),
        new(SeedCollections.Programs, Programs.Count),
        new(SeedCollections.FundingRecords, FundingRecords.Count),
        new(SeedCollections.Agreements, Agreements.Count),
        new(SeedCollections.AgreementSignatories, Agreements.Sum(a => a.Signatories.Count)),
        new(SeedCollections.Municipalities, Municipalities.Count),
        new(SeedCollections.Centres, Centres.Count),
        new(SeedCollections.GlossaryTerms, GlossaryTerms.Count),
        new(SeedCollections.Conflicts, Conflicts.Count),
        new(SeedCollections.Claims, Conflicts.Sum(c => c.Claims.Count)),
    ];

    /// <summary>"42 sources, 1 institutions, ...": the counts as one line.</summary>
    public string DescribeCounts() => string.Join(", ", Counts.Select(c => $"{c.Value} {c.Key}"));
}
