using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class AgreementsExport
{
    public static IExportTable Table { get; } = new ExportTable<Agreement>(DatasetCollections.All.Of<Agreement>().Name, "Convenios",
        db => db.Agreements.Include(x => x.Signatories).Include(x => x.Sources),
    [
        Columns.Id<Agreement>(),
        Columns.Text<Agreement>("code", x => x.Code),
        Columns.Text<Agreement>("title", x => x.Title),
        Columns.Texts<Agreement>("parties", x => x.Parties),
        Columns.Int<Agreement>("fiscalYear", x => x.FiscalYear),
        .. Columns.PartialDate<Agreement>("signedOn", x => x.SignedOn),
        Columns.Money<Agreement>("amount", x => x.Amount),
        Columns.Enum<Agreement, AmountQualifier>("amountQualifier", x => x.AmountQualifier),
        Columns.Enum<Agreement, MoneyMeasure>("measure", x => x.Measure),
        Columns.Refs<Agreement, AgreementSignatory>("signatories", x => x.Signatories),
        Columns.Note<Agreement>(x => x.Note),
        Columns.Sources<Agreement>(),
    ]);
}
