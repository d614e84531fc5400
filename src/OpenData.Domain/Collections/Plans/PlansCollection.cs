using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Plans
{
    /// <summary>Government plans (state and federal): <c>plans.yaml</c>.</summary>
    internal sealed class PlansCollection() : CollectionDeclaration<Plan>("plans")
    {
        internal override FieldSpec<Plan>[] Fields(Fields<Plan> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Enum<Jurisdiction>("jurisdiction", (r, v) => r.Jurisdiction = v, required: true),
            f.Year("periodStartYear", (r, v) => r.PeriodStartYear = v, required: true),
            f.Year("periodEndYear", (r, v) => r.PeriodEndYear = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void Check(Plan record, RecordScope scope) =>
            RecordChecks.YearNotBefore(scope, "periodEndYear", record.PeriodEndYear, "periodStartYear", record.PeriodStartYear);

        internal override Expression<Func<Plan, object?>>[] SortedBy => [x => x.Name, x => x.PeriodStartYear];

        internal override void Configure(EntityTypeBuilder<Plan> entity)
        {
            entity.HasMany(x => x.Objectives).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId);
            entity.HasMany(x => x.Policies).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId);
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class Plan : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public Jurisdiction Jurisdiction { get; set; }
        public int PeriodStartYear { get; set; }
        public int PeriodEndYear { get; set; }
        public string? Summary { get; set; }
        public string? Note { get; set; }
        public List<Objective> Objectives { get => field ??= []; set; }
        public List<Policy> Policies { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
