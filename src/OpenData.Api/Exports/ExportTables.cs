using OpenData.Api.Exports.Tables;

namespace OpenData.Api.Exports;

/// <summary>Every downloadable collection: the 16 of the Query root, then the child tables (former names, signatories, claims), then the sources of each field.</summary>
internal static class ExportTables
{
    public static IReadOnlyList<IExportTable> All { get; } =
    [
        InstitutionsExport.Table,
        HistoryEventsExport.Table,
        LegalInstrumentsExport.Table,
        PlansExport.Table,
        ObjectivesExport.Table,
        PoliciesExport.Table,
        PeopleExport.Table,
        AppointmentsExport.Table,
        ProgramsExport.Table,
        FundingRecordsExport.Table,
        AgreementsExport.Table,
        MunicipalitiesExport.Table,
        CentresExport.Table,
        SourcesExport.Table,
        ConflictsExport.Table,
        GlossaryTermsExport.Table,
        InstitutionNamesExport.Table,
        AgreementSignatoriesExport.Table,
        ClaimsExport.Table,
        FieldProvenanceExport.Table,
    ];

    public static IExportTable? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
