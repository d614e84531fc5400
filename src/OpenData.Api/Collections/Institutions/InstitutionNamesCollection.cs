using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Institutions;

/// <summary>Former names of institutions (the `formerNames` of an institution), one row each. Its GraphQL type (<see cref="InstitutionNameType"/>) follows.</summary>
internal static class InstitutionNamesCollection
{
    public static ApiCollection<InstitutionName, InstitutionNameType> Declaration { get; } = new("Nombres anteriores de instituciones")
    {
        Columns =
        [
            Columns.Id<InstitutionName>(),
            Columns.Ref<InstitutionName>("institution", x => x.InstitutionId),
            Columns.Text<InstitutionName>("name", x => x.Name),
            Columns.Text<InstitutionName>("acronym", x => x.Acronym),
            .. Columns.PartialDate<InstitutionName>("usedFrom", x => x.UsedFrom),
            .. Columns.PartialDate<InstitutionName>("usedUntil", x => x.UsedUntil),
            Columns.Note<InstitutionName>(x => x.Note),
            Columns.Sources<InstitutionName>(),
        ],
        Search = new("Nombres anteriores de una institución y sus notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Note)),
    };
}

public sealed class InstitutionNameType : RecordGraphType<InstitutionName>
{
    public InstitutionNameType()
    {
        Description = "Un nombre anterior de una institución.";
        this.Identity("el nombre anterior");
        Field(x => x.Name).Description("Nombre anterior.");
        Field(x => x.Acronym, nullable: true).Description("Siglas de ese nombre.");
        this.PartialDate(x => x.UsedFrom, "Desde cuándo se usó, solo si una fuente lo fecha");
        this.PartialDate(x => x.UsedUntil, "Hasta cuándo se usó, solo si una fuente lo fecha");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<InstitutionType>>("institution").Description("La institución que llevó este nombre.")
            .ResolveBatchReference(x => x.Institution);
        this.SourcesField();
        this.ConflictsField();
    }
}
