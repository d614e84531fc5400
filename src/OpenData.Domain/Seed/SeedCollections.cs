using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Seed;

/// <summary>The collection names (camelCase plural, as the seed files and DatasetInfo counts use them).</summary>
public static class SeedCollections
{
    public const string Sources = "sources";
    public const string Institutions = "institutions";
    public const string InstitutionNames = "institutionNames";
    public const string HistoryEvents = "historyEvents";
    public const string LegalInstruments = "legalInstruments";
    public const string Plans = "plans";
    public const string Objectives = "objectives";
    public const string Policies = "policies";
    public const string People = "people";
    public const string Appointments = "appointments";
    public const string Programs = "programs";
    public const string FundingRecords = "fundingRecords";
    public const string Agreements = "agreements";
    public const string AgreementSignatories = "agreementSignatories";
    public const string Municipalities = "municipalities";
    public const string Centres = "centres";
    public const string GlossaryTerms = "glossaryTerms";
    public const string Conflicts = "conflicts";
    public const string Claims = "claims";

    /// <summary>The collections with a seed file of their own (file name: name + ".yaml"), in load order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. SeedSpecs.Files.Select(f => f.Collection)];

    /// <summary>Every collection, children included, in the order summaries list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Sources, Institutions, InstitutionNames, HistoryEvents, LegalInstruments, Plans, Objectives, Policies,
        People, Appointments, Programs, FundingRecords, Agreements, AgreementSignatories, Municipalities,
        Centres, GlossaryTerms, Conflicts, Claims,
    ];
}
