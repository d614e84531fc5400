using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Conflicts
{
    /// <summary>Facts the sources dispute, each with two or more claims: <c>conflicts.yaml</c>, claims nested.</summary>
    internal sealed class ConflictsCollection() : CollectionDeclaration<Conflict>("conflicts")
    {
        internal override FieldSpec<Conflict>[] Fields(Fields<Conflict> f) =>
        [
            f.Text("topic", (r, v) => r.Topic = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("subjectType", (r, v) => r.SubjectType = v, required: true),
            f.Text("subjectId", (r, v) => r.SubjectId = v, required: true),
            ConflictConcerns.Field(),
            f.Text("note", (r, v) => r.Note = v),
            f.Children<Claim>("claims", r => r.Claims, (c, p) => c.ConflictId = p.Id, min: 2),
            f.Sources(),
        ];

        internal override void Check(Conflict record, RecordScope scope) => RecordChecks.ConflictSubject(record, scope);

        internal override Expression<Func<Conflict, object?>>[] SortedBy => [x => x.Topic];

        internal override void Configure(EntityTypeBuilder<Conflict> entity)
        {
            entity.HasIndex(x => new { x.SubjectType, x.SubjectId });
            entity.HasMany(x => x.Claims).WithOne(x => x.Conflict).HasForeignKey(x => x.ConflictId);
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A disputed fact: the records it concerns (a main one and any others) and two or more claims, each with its own sources.</summary>
    public sealed class Conflict : ISourced
    {
        public string Id { get; set; } = "";
        public string Topic { get; set; } = "";
        public string? Summary { get; set; }

        /// <summary>Public type name of the record concerned, e.g. "HistoryEvent" (see <see cref="Collections.DatasetCollections.SubjectTypes"/>).</summary>
        public string SubjectType { get; set; } = "";
        public string SubjectId { get; set; } = "";

        /// <summary>
        /// The other records the dispute concerns, as "Type:slug" (e.g. "Municipality:durango"), in seed order. With the
        /// main subject they are the records whose <see cref="IConflictSubject.Conflicts"/> list this conflict.
        /// </summary>
        public List<string> AlsoConcerns { get; set; } = [];
        public string? Note { get; set; }
        public List<Claim> Claims { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }
    }
}
