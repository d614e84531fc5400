using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Glossary;

public sealed class GlossaryTermType : ObjectGraphType<GlossaryTerm>
{
    public GlossaryTermType()
    {
        Name = "GlossaryTerm";
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
