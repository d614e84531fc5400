namespace OpenData.Domain.Model;

/// <summary>The entity names a <see cref="Conflict"/> may concern, with the seed collection holding each.</summary>
public static class SubjectTypes
{
    public static IReadOnlyDictionary<string, string> Collections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Source"] = "sources",
        ["Institution"] = "institutions",
        ["HistoryEvent"] = "historyEvents",
        ["LegalInstrument"] = "legalInstruments",
        ["Plan"] = "plans",
        ["Objective"] = "objectives",
        ["Policy"] = "policies",
        ["Person"] = "people",
        ["Appointment"] = "appointments",
        ["Program"] = "programs",
        ["FundingRecord"] = "fundingRecords",
        ["Agreement"] = "agreements",
        ["Municipality"] = "municipalities",
        ["Centre"] = "centres",
        ["GlossaryTerm"] = "glossaryTerms",
        ["InstitutionName"] = "institutionNames",
        ["AgreementSignatory"] = "agreementSignatories",
    };
}
