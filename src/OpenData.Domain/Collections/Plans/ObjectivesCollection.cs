using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Plans
{
    /// <summary>A plan's objectives, numbered within the plan: <c>objectives.yaml</c>.</summary>
    internal sealed class ObjectivesCollection() : CollectionDeclaration<Objective>("objectives")
    {
        internal override FieldSpec<Objective>[] Fields(Fields<Objective> f) =>
        [
            f.Ref<Plan>("planId", (r, v) => r.PlanId = v, required: true),
            f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
            f.Int("position", (r, v) => r.Position = v, required: true, min: 1),
            f.Text("text", (r, v) => r.Text = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void CheckAcross(LoadContext context) =>
            RecordChecks.UniquePositions<Objective>(context, this, o => o.PlanId, o => o.Position, "plan");

        internal override void Configure(EntityTypeBuilder<Objective> entity) => entity.HasIndex(x => new { x.PlanId, x.Position });
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>An objective of a plan, its official text quoted verbatim.</summary>
    public sealed class Objective : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string PlanId { get; set; } = "";
        public Plan? Plan { get; set; }
        public string? InstitutionId { get; set; }
        public Institution? Institution { get; set; }
        public int Position { get; set; }
        public string Text { get; set; } = "";
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
