using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Conflicts;

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
