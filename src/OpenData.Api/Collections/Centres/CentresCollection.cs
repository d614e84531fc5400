using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Municipalities;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Centres;

/// <summary>The centres collection as the API publishes it: its declaration, then its GraphQL type (<see cref="CentreType"/>).</summary>
internal static class CentresCollection
{
    public static ApiCollection<Centre, CentreType> Declaration { get; } = new("Centros de atención")
    {
        Root = new("Centros de atención: CDM, CAI, Centros de Justicia, refugios y oficinas.", "un centro"),
        Columns =
        [
            Columns.Id<Centre>(),
            Columns.Enum<Centre, CentreKind>("kind", x => x.Kind),
            Columns.Text<Centre>("name", x => x.Name),
            Columns.Ref<Centre>("municipality", x => x.MunicipalityId),
            Columns.Refs<Centre, Municipality>("municipalitiesServed", x => x.MunicipalitiesServed),
            Columns.Text<Centre>("operator", x => x.Operator),
            Columns.Text<Centre>("address", x => x.Address),
            Columns.Text<Centre>("phone", x => x.Phone),
            .. Columns.PartialDate<Centre>("openedOn", x => x.OpenedOn),
            .. Columns.PartialDate<Centre>("closedOn", x => x.ClosedOn),
            Columns.Text<Centre>("summary", x => x.Summary),
            Columns.Note<Centre>(x => x.Note),
            Columns.Sources<Centre>(),
        ],
        Search = new("Centros de atención: nombre, operador, domicilio, resumen y notas.", x => new(x.Name, x.Operator, x.Address, x.Summary, x.Note)),
    };
}

public sealed class CentreType : RecordGraphType<Centre>
{
    public CentreType()
    {
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
