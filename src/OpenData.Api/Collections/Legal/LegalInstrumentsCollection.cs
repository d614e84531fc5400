using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Legal;

/// <summary>The legalInstruments collection as the API publishes it.</summary>
internal static class LegalInstrumentsCollection
{
    public static ApiCollection<LegalInstrument, LegalInstrumentType> Declaration { get; } = new("Instrumentos jurídicos")
    {
        Root = new("Leyes, decretos, reformas, reglas de operación e iniciativas.", "un instrumento jurídico"),
        Columns =
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
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Leyes, decretos y otros instrumentos jurídicos: título, número, resumen y notas.", x => new(x.Title, x.Number, x.Summary, x.Note)),
    };
}
