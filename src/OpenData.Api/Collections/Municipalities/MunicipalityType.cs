using GraphQL.Types;
using OpenData.Api.Collections.Centres;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.History;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Municipalities;

public sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
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
