using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class LegalInstrumentsExport
{
    public static IExportTable Table { get; } = new ExportTable<LegalInstrument>(DatasetCollections.All.Of<LegalInstrument>().Name, "Instrumentos jurídicos",
        db => db.LegalInstruments.Include(x => x.Sources),
    [
        Columns.Id<LegalInstrument>(),
        Columns.Enum<LegalInstrument, LegalInstrumentKind>("kind", x => x.Kind),
        Columns.Text<LegalInstrument>("title", x => x.Title),
        Columns.Text<LegalInstrument>("number", x => x.Number),
        Columns.Enum<LegalInstrument, Jurisdiction>("jurisdiction", x => x.Jurisdiction),
        Columns.Text<LegalInstrument>("gazette", x => x.Gazette),
        .. Columns.PartialDate<LegalInstrument>("publishedOn", x => x.PublishedOn),
        .. Columns.PartialDate<LegalInstrument>("lastReformedOn", x => x.LastReformedOn),
        Columns.Text<LegalInstrument>("summary", x => x.Summary),
        Columns.Note<LegalInstrument>(x => x.Note),
        Columns.Sources<LegalInstrument>(),
    ]);
}
