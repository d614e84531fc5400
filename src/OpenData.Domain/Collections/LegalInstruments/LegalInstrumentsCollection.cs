using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.LegalInstruments
{
    /// <summary>Laws, decrees, regulations and agreements published in a gazette: <c>legalInstruments.yaml</c>.</summary>
    internal sealed class LegalInstrumentsCollection() : CollectionDeclaration<LegalInstrument>("legalInstruments")
    {
        internal override FieldSpec<LegalInstrument>[] Fields(Fields<LegalInstrument> f) =>
        [
            f.Enum<LegalInstrumentKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("number", (r, v) => r.Number = v),
            f.Enum<Jurisdiction>("jurisdiction", (r, v) => r.Jurisdiction = v, required: true),
            f.Text("gazette", (r, v) => r.Gazette = v),
            f.Date("publishedOn", (r, d) => r.PublishedOn = d),
            f.Date("lastReformedOn", (r, d) => r.LastReformedOn = d),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void Check(LegalInstrument record, RecordScope scope) =>
            RecordChecks.NotBefore(scope, "lastReformedOn", record.LastReformedOn?.End, "publishedOn", record.PublishedOn?.Start);

        internal override Expression<Func<LegalInstrument, object?>>[] SortedBy => [x => x.Kind, x => x.Jurisdiction, x => x.Title, x => x.PublishedOn!.Value.Start];
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class LegalInstrument : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public LegalInstrumentKind Kind { get; set; }
        public string Title { get; set; } = "";
        public string? Number { get; set; }
        public Jurisdiction Jurisdiction { get; set; }
        public string? Gazette { get; set; }
        public PartialDate? PublishedOn { get; set; }
        public PartialDate? LastReformedOn { get; set; }
        public string? Summary { get; set; }
        public string? Note { get; set; }

        /// <summary>History events that name this instrument (inverse of <see cref="HistoryEvent.LegalInstruments"/>; not seeded).</summary>
        public List<HistoryEvent> HistoryEvents { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }

    public enum LegalInstrumentKind
    {
        Law,
        Decree,
        Reform,
        OperatingRules,
        Agreement,
        Plan,
        Regulation,
        Initiative,
    }
}
