using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class HistoryEventsExport
{
    public static IExportTable Table { get; } = new ExportTable<HistoryEvent>(DatasetCollections.All.Of<HistoryEvent>().Name, "Historia",
        db => db.HistoryEvents.Include(x => x.Municipalities).Include(x => x.LegalInstruments).Include(x => x.Sources),
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
    ]);
}
