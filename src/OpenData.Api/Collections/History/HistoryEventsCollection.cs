using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.History;

/// <summary>The historyEvents collection as the API publishes it.</summary>
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
        ExportIncludes = records => records.Include(x => x.Municipalities).Include(x => x.LegalInstruments).Include(x => x.Sources),
        Search = new("Hechos históricos: título, resumen y notas.", x => new(x.Title, x.Summary, x.Note)),
        Coverage = CollectionCoverage<HistoryEvent>.Dates(x => (DateOnly?)x.Date.Start, x => (DateOnly?)x.Date.End),
    };
}
