using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Sources;

/// <summary>The sources collection as the API publishes it.</summary>
internal static class SourcesCollection
{
    public static ApiCollection<Source, SourceType> Declaration { get; } = new("Fuentes")
    {
        Root = new("Fuentes públicas que respaldan los datos.", "una fuente"),
        Columns =
        [
            Columns.Id<Source>(),
            Columns.Text<Source>("title", x => x.Title),
            Columns.Text<Source>("publisher", x => x.Publisher),
            Columns.Enum<Source, SourceKind>("kind", x => x.Kind),
            Columns.Text<Source>("url", x => x.Url),
            .. Columns.PartialDate<Source>("publishedOn", x => x.PublishedOn),
            Columns.Note<Source>(x => x.Note),
        ],
        Search = new("Fuentes: título, editor y notas.", x => new(x.Title, x.Publisher, x.Note)),
    };
}
