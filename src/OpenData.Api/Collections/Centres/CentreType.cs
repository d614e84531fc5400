using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Municipalities;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Centres;

public sealed class CentreType : ObjectGraphType<Centre>
{
    public CentreType()
    {
        Name = "Centre";
        Description = "Un centro de atención a mujeres: CDM, CAI, Centro de Justicia para las Mujeres, refugio u oficina.";
        this.Identity("el centro");
        Field(x => x.Kind, type: typeof(NonNullGraphType<CentreKindGraphType>)).Description("Tipo de centro.");
        Field(x => x.Name).Description("Nombre del centro.");
        Field(x => x.Operator, nullable: true).Description("Quién lo opera (IEM, DIF, Fiscalía, municipio...).");
        Field(x => x.Address, nullable: true).Description("Domicilio, solo donde una fuente lo da.");
        Field(x => x.Phone, nullable: true).Description("Teléfono, solo donde una fuente lo da.");
        this.PartialDate(x => x.OpenedOn, "Apertura");
        this.PartialDate(x => x.ClosedOn, "Cierre");
        Field(x => x.Summary, nullable: true).Description("Qué hace y qué dicen las fuentes de su funcionamiento, en redacción propia.");
        Field<MunicipalityType>("municipality").Description("Municipio sede.").ResolveBatchReference(x => x.Municipality);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalitiesServed")
            .Description("Otros municipios que atiende, según la fuente.")
            .ResolveBatch(x => x.MunicipalitiesServed)
            .AsRelationList();
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
