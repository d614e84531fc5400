using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Institutions;
using OpenData.Api.Collections.Legal;
using OpenData.Api.Collections.Municipalities;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.History;

public sealed class HistoryEventType : ObjectGraphType<HistoryEvent>
{
    public HistoryEventType()
    {
        Name = "HistoryEvent";
        Description = "Un hecho de la historia del IEM y de su entorno (leyes, nombramientos, la alerta de género, presupuesto), con su fecha tan precisa como la fuente.";
        this.Identity("el hecho");
        this.PartialDate(x => x.Date, "Fecha del hecho");
        Field(x => x.Title).Description("Título breve (redacción propia).");
        Field(x => x.Summary).Description("Resumen del hecho en redacción propia, con las cifras tal como las da la fuente.");
        Field(x => x.Category, type: typeof(NonNullGraphType<HistoryCategoryGraphType>)).Description("Categoría del hecho.");
        Field<InstitutionType>("institution").Description("Institución a la que se refiere el hecho, si aplica.")
            .ResolveBatchReference(x => x.Institution);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Description("Municipios relacionados con el hecho.")
            .ResolveBatch(x => x.Municipalities)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalInstrumentType>>>>("legalInstruments")
            .Description("Instrumentos jurídicos relacionados con el hecho.")
            .ResolveBatch(x => x.LegalInstruments)
            .AsRelationList();
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
