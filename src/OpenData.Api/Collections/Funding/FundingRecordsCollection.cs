using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Funding;

/// <summary>The fundingRecords collection as the API publishes it.</summary>
internal static class FundingRecordsCollection
{
    public static ApiCollection<FundingRecord, FundingRecordType> Declaration { get; } = new("Dinero público")
    {
        Root = new("Dinero público por año (MXN), como tabla paginada por desplazamiento (skip/take).", "un registro de dinero", OffsetPaged: true, MoreFields: query => query.AddFundingTotals()),
        Columns =
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
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Registros de dinero público: destino, beneficiario y notas.", x => new(x.Purpose, x.Recipient, x.Note)),
        Coverage = CollectionCoverage<FundingRecord>.Years(x => x.FiscalYear, x => x.FiscalYearEnd ?? x.FiscalYear),
    };
}
