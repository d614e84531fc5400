using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.History;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Legal;

/// <summary>The legalInstruments collection as the API publishes it: its declaration, then its GraphQL type (<see cref="LegalInstrumentType"/>).</summary>
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
        Search = new("Leyes, decretos y otros instrumentos jurídicos: título, número, resumen y notas.", x => new(x.Title, x.Number, x.Summary, x.Note)),
    };
}

public sealed class LegalInstrumentType : RecordGraphType<LegalInstrument>
{
    public LegalInstrumentType()
    {
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
