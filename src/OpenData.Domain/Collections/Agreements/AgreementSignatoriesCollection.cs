using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Agreements;

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
