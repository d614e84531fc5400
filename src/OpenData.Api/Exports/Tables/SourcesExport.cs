using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class SourcesExport
{
    public static IExportTable Table { get; } = new ExportTable<Source>(DatasetCollections.All.Of<Source>().Name, "Fuentes", db => db.Sources,
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
