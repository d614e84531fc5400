using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Api.Exports.Tables;

internal static class SourcesExport
{
    public static IExportTable Table { get; } = new ExportTable<Source>(SeedCollections.Sources, "Fuentes", db => db.Sources,
    [
        Columns.Id<Source>(),
        Columns.Text<Source>("title", x => x.Title),
        Columns.Text<Source>("publisher", x => x.Publisher),
        Columns.Enum<Source, SourceKind>("kind", x => x.Kind),
        Columns.Text<Source>("url", x => x.Url),
        .. Columns.PartialDate<Source>("publishedOn", x => x.PublishedOn),
        Columns.Note<Source>(x => x.Note),
    ]);
}
