using GraphQL.Types;
using OpenData.Api.Collections.Centres;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.History;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Municipalities;

/// <summary>The municipalities collection as the API publishes it: its declaration, then its GraphQL type (<see cref="MunicipalityType"/>).</summary>
internal static class MunicipalitiesCollection
{
    public static ApiCollection<Municipality, MunicipalityType> Declaration { get; } = new("Municipios")
    {
        Root = new("Municipios de Durango y su situación ante la AVGM.", "un municipio"),
        Columns =
        [
            Columns.Id<Municipality>(),
            Columns.Text<Municipality>("name", x => x.Name),
            Columns.Text<Municipality>("inegiCode", x => x.InegiCode),
            Columns.Bool<Municipality>("genderAlert", x => x.GenderAlert),
            .. Columns.PartialDate<Municipality>("genderAlertDeclaredOn", x => x.GenderAlertDeclaredOn),
            Columns.Note<Municipality>(x => x.Note),
            Columns.Sources<Municipality>(),
        ],
        Search = new("Municipios: nombre y notas.", x => new(x.Name, x.Note)),
    };
}

public sealed class MunicipalityType : RecordGraphType<Municipality>
{
    public MunicipalityType()
    {
        Description = "Un municipio de Durango, con su situación ante la Alerta de Violencia de Género contra las Mujeres (AVGM).";
        this.Identity("el municipio");
        Field(x => x.Name).Description("Nombre del municipio.");
        Field(x => x.InegiCode, nullable: true).Description("Clave INEGI del municipio, solo si una fuente la da.");
        Field(x => x.GenderAlert).Description("Verdadero si el municipio está entre los declarados con AVGM.");
        this.PartialDate(x => x.GenderAlertDeclaredOn, "Fecha de la declaratoria de AVGM (ver también los conflictos sobre el día exacto)");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CentreType>>>>("centres")
            .Description("Centros con sede en el municipio.")
            .ResolveBatchByKey<Municipality, Centre>(c => c.MunicipalityId)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CentreType>>>>("centresServing")
            .Description("Centros con sede en otro municipio que también atienden a este.")
            .ResolveBatch(x => x.CentresServing)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEventType>>>>("historyEvents")
            .Description("Hechos históricos que mencionan al municipio, del más antiguo al más reciente.")
            .ResolveBatch(x => x.HistoryEvents, orderBy: e => e.Date.Start)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
