using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Agreements;

/// <summary>Who signed each agreement (the `signatories` of an agreement), one row each; with the agreement's sources, which cover it.</summary>
internal static class AgreementSignatoriesCollection
{
    public static ApiCollection<AgreementSignatory, AgreementSignatoryType> Declaration { get; } = new("Firmantes de convenios")
    {
        Columns =
        [
            Columns.Id<AgreementSignatory>(),
            Columns.Ref<AgreementSignatory>("agreement", x => x.AgreementId),
            Columns.Ref<AgreementSignatory>("person", x => x.PersonId),
            Columns.Text<AgreementSignatory>("role", x => x.Role),
            Columns.Text<AgreementSignatory>("party", x => x.Party),
            Columns.Note<AgreementSignatory>(x => x.Note),
            Columns.Sources<AgreementSignatory>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
    };
}
