using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.HistoryEvents
{
    /// <summary>The institute's history, event by event: <c>historyEvents.yaml</c>.</summary>
    internal sealed class HistoryEventsCollection() : CollectionDeclaration<HistoryEvent>("historyEvents")
    {
        internal override FieldSpec<HistoryEvent>[] Fields(Fields<HistoryEvent> f) =>
        [
            f.Date("date", (r, d) => r.Date = d, required: true),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v, required: true),
            f.Enum<HistoryCategory>("category", (r, v) => r.Category = v, required: true),
            f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
            f.Refs("municipalities", r => r.Municipalities),
            f.Refs("legalInstruments", r => r.LegalInstruments),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override Expression<Func<HistoryEvent, object?>>[] SortedBy => [x => x.Date.Start, x => x.Category, x => x.Title];

        internal override void Configure(EntityTypeBuilder<HistoryEvent> entity)
        {
            entity.HasMany(x => x.Municipalities).WithMany(x => x.HistoryEvents).UsingEntity("HistoryEventMunicipalities");
            entity.HasMany(x => x.LegalInstruments).WithMany(x => x.HistoryEvents).UsingEntity("HistoryEventLegalInstruments");
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class HistoryEvent : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public PartialDate Date { get; set; }
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public HistoryCategory Category { get; set; }
        public string? InstitutionId { get; set; }
        public Institution? Institution { get; set; }
        public string? Note { get; set; }
        public List<Municipality> Municipalities { get => field ??= []; set; }
        public List<LegalInstrument> LegalInstruments { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }

    public enum HistoryCategory
    {
        InternationalFramework,
        Legal,
        Institutional,
        Leadership,
        Program,
        GenderAlert,
        Budget,
        Other,
    }
}
