using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Institutions;
using OpenData.Api.Collections.Legal;
using OpenData.Api.Collections.Municipalities;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.History;

/// <summary>The historyEvents collection as the API publishes it: its declaration, then its GraphQL type (<see cref="HistoryEventType"/>).</summary>
internal static class HistoryEventsCollection
{
    public static ApiCollection<HistoryEvent, HistoryEventType> Declaration { get; } = new("Historia")
    {
        Root = new("Hechos históricos con fecha, categoría, municipios y leyes relacionadas.", "un hecho histórico"),
        Columns =
        [
            Columns.Id<HistoryEvent>(),
            .. Columns.PartialDate<HistoryEvent>("date", x => x.Date),
            Columns.Text<HistoryEvent>("title", x => x.Title),
            Columns.Text<HistoryEvent>("summary", x => x.Summary),
            Columns.Enum<HistoryEvent, HistoryCategory>("category", x => x.Category),
            Columns.Ref<HistoryEvent>("institution", x => x.InstitutionId),
            Columns.Refs<HistoryEvent, Municipality>("municipalities", x => x.Municipalities),
            Columns.Refs<HistoryEvent, LegalInstrument>("legalInstruments", x => x.LegalInstruments),
            Columns.Note<HistoryEvent>(x => x.Note),
            Columns.Sources<HistoryEvent>(),
        ],
        Search = new("Hechos históricos: título, resumen y notas.", x => new(x.Title, x.Summary, x.Note)),
        Coverage = CollectionCoverage<HistoryEvent>.Dates(x => (DateOnly?)x.Date.Start, x => (DateOnly?)x.Date.End),
    };
}

public sealed class HistoryEventType : RecordGraphType<HistoryEvent>
{
    public HistoryEventType()
    {
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
