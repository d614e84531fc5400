using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Conflicts
{
    /// <summary>One version of a disputed fact, nested in <c>conflicts.yaml</c> under <c>claims</c>.</summary>
    internal sealed class ClaimsCollection() : CollectionDeclaration<Claim>("claims")
    {
        internal override FieldSpec<Claim>[] Fields(Fields<Claim> f) =>
        [
            f.Int("position", (r, v) => r.Position = v, required: true, min: 1),
            f.Text("value", (r, v) => r.Value = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void CheckAcross(LoadContext context) =>
            RecordChecks.UniquePositions<Claim>(context, this, c => c.ConflictId, c => c.Position, "conflict");

        internal override void Configure(EntityTypeBuilder<Claim> entity) => entity.HasIndex(x => new { x.ConflictId, x.Position });
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>One version of a disputed fact, as its sources state it.</summary>
    public sealed class Claim : ISourced
    {
        public string Id { get; set; } = "";
        public string ConflictId { get; set; } = "";
        public Conflict? Conflict { get; set; }
        public int Position { get; set; }
        public string Value { get; set; } = "";
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }
    }
}
