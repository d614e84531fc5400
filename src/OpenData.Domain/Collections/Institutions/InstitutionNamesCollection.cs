using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Institutions
{
    /// <summary>An institution's former names, nested in <c>institutions.yaml</c> under <c>formerNames</c>.</summary>
    internal sealed class InstitutionNamesCollection() : CollectionDeclaration<InstitutionName>("institutionNames")
    {
        internal override FieldSpec<InstitutionName>[] Fields(Fields<InstitutionName> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("acronym", (r, v) => r.Acronym = v),
            f.Date("usedFrom", (r, d) => r.UsedFrom = d),
            f.Date("usedUntil", (r, d) => r.UsedUntil = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void Check(InstitutionName record, RecordScope scope) =>
            RecordChecks.NotBefore(scope, "usedUntil", record.UsedUntil?.End, "usedFrom", record.UsedFrom?.Start);

        internal override Expression<Func<InstitutionName, object?>>[] SortedBy => [x => x.Name];
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A former name of an institution, with the period it was used where a source gives it.</summary>
    public sealed class InstitutionName : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string InstitutionId { get; set; } = "";
        public Institution? Institution { get; set; }
        public string Name { get; set; } = "";
        public string? Acronym { get; set; }
        public PartialDate? UsedFrom { get; set; }
        public PartialDate? UsedUntil { get; set; }
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
