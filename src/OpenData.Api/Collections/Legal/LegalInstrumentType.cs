using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.History;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Legal;

public sealed class LegalInstrumentType : ObjectGraphType<LegalInstrument>
{
    public LegalInstrumentType()
    {
        Name = "LegalInstrument";
        Description = "Una ley, decreto, reforma, regla de operación, iniciativa o plan que da base legal a la política de igualdad.";
        this.Identity("el instrumento");
        Field(x => x.Kind, type: typeof(NonNullGraphType<LegalInstrumentKindGraphType>)).Description("Tipo de instrumento.");
        Field(x => x.Title).Description("Título, tal como lo imprime la fuente.");
        Field(x => x.Number, nullable: true).Description("Número (por ejemplo, de decreto), si la fuente lo da.");
        Field(x => x.Jurisdiction, type: typeof(NonNullGraphType<JurisdictionGraphType>)).Description("Ámbito: estatal, federal o internacional.");
        Field(x => x.Gazette, nullable: true).Description("Periódico o diario oficial donde se publicó, si la fuente lo da.");
        this.PartialDate(x => x.PublishedOn, "Fecha de publicación");
        this.PartialDate(x => x.LastReformedOn, "Fecha de la última reforma que registra la fuente");
        Field(x => x.Summary, nullable: true).Description("Resumen en redacción propia.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEventType>>>>("historyEvents")
            .Description("Hechos históricos relacionados con el instrumento, del más antiguo al más reciente.")
            .ResolveBatch(x => x.HistoryEvents, orderBy: e => e.Date.Start)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
