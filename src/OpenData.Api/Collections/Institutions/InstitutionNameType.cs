using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Institutions;

public sealed class InstitutionNameType : ObjectGraphType<InstitutionName>
{
    public InstitutionNameType()
    {
        Name = "InstitutionName";
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
