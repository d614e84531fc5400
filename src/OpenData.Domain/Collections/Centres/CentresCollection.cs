using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Centres
{
    /// <summary>Where women are attended (centres, units, shelters): <c>centres.yaml</c>.</summary>
    internal sealed class CentresCollection() : CollectionDeclaration<Centre>("centres")
    {
        internal override FieldSpec<Centre>[] Fields(Fields<Centre> f) =>
        [
            f.Enum<CentreKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Ref<Municipality>("municipalityId", (r, v) => r.MunicipalityId = v),
            f.Refs("municipalitiesServed", r => r.MunicipalitiesServed),
            f.Text("operator", (r, v) => r.Operator = v),
            f.Text("address", (r, v) => r.Address = v),
            f.Text("phone", (r, v) => r.Phone = v),
            f.Date("openedOn", (r, d) => r.OpenedOn = d),
            f.Date("closedOn", (r, d) => r.ClosedOn = d),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override void Check(Centre record, RecordScope scope) =>
            RecordChecks.NotBefore(scope, "closedOn", record.ClosedOn?.End, "openedOn", record.OpenedOn?.Start);

        internal override Expression<Func<Centre, object?>>[] SortedBy => [x => x.Kind, x => x.Name, x => x.OpenedOn!.Value.Start];

        internal override void Configure(EntityTypeBuilder<Centre> entity)
        {
            entity.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            entity.HasMany(x => x.MunicipalitiesServed).WithMany(x => x.CentresServing).UsingEntity("CentreMunicipalitiesServed");
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class Centre : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public CentreKind Kind { get; set; }
        public string Name { get; set; } = "";
        public string? MunicipalityId { get; set; }
        public Municipality? Municipality { get; set; }
        public List<Municipality> MunicipalitiesServed { get => field ??= []; set; }
        public string? Operator { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public PartialDate? OpenedOn { get; set; }
        public PartialDate? ClosedOn { get; set; }
        public string? Summary { get; set; }
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }

    public enum CentreKind
    {
        Cdm,
        Cai,
        JusticeCentre,
        Shelter,
        Office,
    }
}
