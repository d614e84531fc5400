using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>Who signed each agreement (the `signatories` of an agreement), one row each; with the agreement's sources, which cover it.</summary>
internal static class AgreementSignatoriesExport
{
    public static IExportTable Table { get; } = new ExportTable<AgreementSignatory>(DatasetCollections.All.Of<AgreementSignatory>().Name, "Firmantes de convenios",
        db => db.AgreementSignatories.Include(x => x.Sources),
    [
        Columns.Id<AgreementSignatory>(),
        Columns.Ref<AgreementSignatory>("agreement", x => x.AgreementId),
        Columns.Ref<AgreementSignatory>("person", x => x.PersonId),
        Columns.Text<AgreementSignatory>("role", x => x.Role),
        Columns.Text<AgreementSignatory>("party", x => x.Party),
        Columns.Note<AgreementSignatory>(x => x.Note),
        Columns.Sources<AgreementSignatory>(),
    ]);
}
