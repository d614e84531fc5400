using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Provenance;

/// <summary>Which sources back each field of each record (the `provenance` of every sourced record), one row per record field.</summary>
internal static class FieldProvenanceExport
{
    public const string Name = "fieldProvenance";

    public static IExportTable Table { get; } = new ExportTable<FieldProvenance>(Name, "Fuentes por campo: qué fuente dice cada dato",
    [
        Columns.Id<FieldProvenance>(),
        Columns.Text<FieldProvenance>("recordType", x => x.RecordType),
        Columns.Text<FieldProvenance>("recordId", x => x.RecordId),
        Columns.Text<FieldProvenance>("field", x => x.Field),
        Columns.Int<FieldProvenance>("position", x => x.Position),
        Columns.Bool<FieldProvenance>("perField", x => x.PerField),
        Columns.Sources<FieldProvenance>(),
    ]);
}
