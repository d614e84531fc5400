using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Glossary;

/// <summary>The glossaryTerms collection as the API publishes it: its declaration, then its GraphQL type (<see cref="GlossaryTermType"/>).</summary>
internal static class GlossaryTermsCollection
{
    public static ApiCollection<GlossaryTerm, GlossaryTermType> Declaration { get; } = new("Glosario")
    {
        Root = new("Glosario de términos y siglas.", "un término del glosario"),
        Columns =
        [
            Columns.Id<GlossaryTerm>(),
            Columns.Text<GlossaryTerm>("term", x => x.Term),
            Columns.Text<GlossaryTerm>("definition", x => x.Definition),
            Columns.Texts<GlossaryTerm>("relatedTerms", x => x.RelatedTerms),
            Columns.Note<GlossaryTerm>(x => x.Note),
            Columns.Sources<GlossaryTerm>(),
        ],
        Search = new("Glosario: término o sigla, definición y notas.", x => new(x.Term, x.Definition, x.Note)),
    };
}

public sealed class GlossaryTermType : RecordGraphType<GlossaryTerm>
{
    public GlossaryTermType()
    {
        Description = "Un término del glosario (IMEF, MAM, AVGM, CDM, PAIMEF, transversalización...), definido en redacción propia.";
        this.Identity("el término");
        Field(x => x.Term).Description("El término o sigla.");
        Field(x => x.Definition).Description("Definición en redacción propia, respaldada por sus fuentes.");
        Field(x => x.RelatedTerms).Description("Términos relacionados.");
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
