using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class FundingRecordsExport
{
    public static IExportTable Table { get; } = new ExportTable<FundingRecord>(DatasetCollections.All.Of<FundingRecord>().Name, "Dinero público",
        db => db.FundingRecords.Include(x => x.Sources),
    [
        Columns.Id<FundingRecord>(),
        Columns.Ref<FundingRecord>("program", x => x.ProgramId),
        Columns.Ref<FundingRecord>("institution", x => x.InstitutionId),
        Columns.Ref<FundingRecord>("agreement", x => x.AgreementId),
        Columns.Int<FundingRecord>("fiscalYear", x => x.FiscalYear),
        Columns.Int<FundingRecord>("fiscalYearEnd", x => x.FiscalYearEnd),
        Columns.Money<FundingRecord>("amount", x => x.Amount),
        Columns.Enum<FundingRecord, AmountQualifier>("amountQualifier", x => x.AmountQualifier),
        Columns.Enum<FundingRecord, MoneyMeasure>("measure", x => x.Measure),
        Columns.Ref<FundingRecord>("partOf", x => x.PartOfId),
        Columns.Text<FundingRecord>("purpose", x => x.Purpose),
        Columns.Text<FundingRecord>("recipient", x => x.Recipient),
        Columns.Note<FundingRecord>(x => x.Note),
        Columns.Sources<FundingRecord>(),
    ]);
}
