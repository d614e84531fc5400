namespace OpenData.Api.Tests.Exports;

/// <summary>
/// Where the API serves each downloadable collection: a Query root field (cursor or offset paged), or a
/// list field of a root collection for the child tables.
/// </summary>
public sealed record Downloadable(string Name, string TypeName, string RootField, bool OffsetPaged = false, string? ChildField = null)
{
    public static IReadOnlyList<Downloadable> All { get; } =
    [
        new("institutions", "Institution", "institutions"),
        new("historyEvents", "HistoryEvent", "historyEvents"),
        new("legalInstruments", "LegalInstrument", "legalInstruments"),
        new("plans", "Plan", "plans"),
        new("objectives", "Objective", "objectives"),
        new("policies", "Policy", "policies"),
        new("people", "Person", "people"),
        new("appointments", "Appointment", "appointments"),
        new("programs", "Program", "programs"),
        new("fundingRecords", "FundingRecord", "fundingRecords", OffsetPaged: true),
        new("agreements", "Agreement", "agreements"),
        new("municipalities", "Municipality", "municipalities"),
        new("centres", "Centre", "centres"),
        new("sources", "Source", "sources"),
        new("conflicts", "Conflict", "conflicts"),
        new("glossaryTerms", "GlossaryTerm", "glossaryTerms"),
        new("institutionNames", "InstitutionName", "institutions", ChildField: "formerNames"),
        new("agreementSignatories", "AgreementSignatory", "agreements", ChildField: "signatories"),
        new("claims", "Claim", "conflicts", ChildField: "claims"),
    ];

    /// <summary>Downloads that are no collection of the Query root: the sources of each field (see FieldProvenanceTests).</summary>
    public static IReadOnlyList<string> Others { get; } = ["fieldProvenance"];

    /// <summary>The name of every download.</summary>
    public static IReadOnlyList<string> AllNames => [.. All.Select(c => c.Name), .. Others];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var collection in All)
        {
            data.Add(collection.Name);
        }

        return data;
    }

    public static Downloadable Named(string name) => All.Single(c => c.Name == name);
}
