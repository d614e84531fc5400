using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Sources;

/// <summary>The sources collection as the API publishes it: its declaration, then its GraphQL type (<see cref="SourceType"/>).</summary>
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

public sealed class SourceType : RecordGraphType<Source>
{
    public SourceType()
    {
        Description = "Una fuente pública (página, nota de prensa, documento oficial) que respalda uno o más datos.";
        this.Identity("la fuente");
        Field(x => x.Title).Description("Título de la página o documento, tal como aparece.");
        Field(x => x.Publisher, nullable: true).Description("Medio u organismo que la publica.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<SourceKindGraphType>)).Description("Tipo de fuente.");
        Field(x => x.Url, nullable: true).Description("Dirección pública (http o https) de la fuente.");
        this.PartialDate(x => x.PublishedOn, "Fecha propia de la fuente (vacía si la fuente no tiene fecha)");
        this.NoteField(x => x.Note);
        this.SelfAsSourceField();
        this.ConflictsField();
    }
}
