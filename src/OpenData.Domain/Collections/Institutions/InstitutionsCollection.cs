using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Institutions
{
    /// <summary>The institute itself (and any institution the data names): <c>institutions.yaml</c>, with its former names nested.</summary>
    internal sealed class InstitutionsCollection() : CollectionDeclaration<Institution>("institutions")
    {
        internal override FieldSpec<Institution>[] Fields(Fields<Institution> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("acronym", (r, v) => r.Acronym = v),
            f.Text("stateName", (r, v) => r.StateName = v),
            f.Text("stateInegiCode", (r, v) => r.StateInegiCode = v),
            f.Text("classification", (r, v) => r.Classification = v),
            f.Date("foundedOn", (r, d) => r.FoundedOn = d),
            f.Ref<LegalInstrument>("foundingInstrumentId", (r, v) => r.FoundingInstrumentId = v),
            f.Text("mission", (r, v) => r.Mission = v),
            f.Text("vision", (r, v) => r.Vision = v),
            f.Text("address", (r, v) => r.Address = v),
            f.Text("phone", (r, v) => r.Phone = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Children<InstitutionName>("formerNames", r => r.FormerNames, (c, p) => c.InstitutionId = p.Id),
            f.Sources(),
        ];

        internal override Expression<Func<Institution, object?>>[] SortedBy => [x => x.Name];

        internal override void Configure(EntityTypeBuilder<Institution> entity)
        {
            entity.HasOne(x => x.FoundingInstrument).WithMany().HasForeignKey(x => x.FoundingInstrumentId);
            entity.HasMany(x => x.FormerNames).WithOne(x => x.Institution).HasForeignKey(x => x.InstitutionId);
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class Institution : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Acronym { get; set; }
        public string? StateName { get; set; }
        public string? StateInegiCode { get; set; }
        public string? Classification { get; set; }
        public PartialDate? FoundedOn { get; set; }
        public string? FoundingInstrumentId { get; set; }
        public LegalInstrument? FoundingInstrument { get; set; }
        public string? Mission { get; set; }
        public string? Vision { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public string? Note { get; set; }
        public List<InstitutionName> FormerNames { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
