using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Plans;

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
