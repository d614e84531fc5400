using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Sources;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
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
