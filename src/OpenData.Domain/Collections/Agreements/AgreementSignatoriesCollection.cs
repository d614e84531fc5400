using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Agreements
{
    /// <summary>Who signed an agreement, nested in <c>agreements.yaml</c> under <c>signatories</c>; covered by the agreement's sources.</summary>
    internal sealed class AgreementSignatoriesCollection() : CollectionDeclaration<AgreementSignatory>("agreementSignatories")
    {
        internal override FieldSpec<AgreementSignatory>[] Fields(Fields<AgreementSignatory> f) =>
        [
            f.Ref<Person>("personId", (r, v) => r.PersonId = v, required: true),
            f.Text("role", (r, v) => r.Role = v),
            f.Text("party", (r, v) => r.Party = v),
            f.Text("note", (r, v) => r.Note = v),
        ];

        internal override void Configure(EntityTypeBuilder<AgreementSignatory> entity) =>
            entity.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A person who signed an agreement. Its sources are the agreement's, copied when the seed is read.</summary>
    public sealed class AgreementSignatory : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string AgreementId { get; set; } = "";
        public Agreement? Agreement { get; set; }
        public string PersonId { get; set; } = "";
        public Person? Person { get; set; }
        public string? Role { get; set; }
        public string? Party { get; set; }
        public string? Note { get; set; }

        /// <summary>The agreement's sources (a signatory is covered by them; not a key of the seed file).</summary>
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
