using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Funding;

/// <summary>
/// One row of <c>fundingTotals</c>: the sum of the stated amounts of records that measure the same thing, in the same
/// group (period, programme, recipient), shares apart from wholes; with an honest Spanish label.
/// </summary>
public sealed record FundingTotal(
    string Label,
    MoneyMeasure Measure,
    bool Share,
    int? FiscalYear,
    int? FiscalYearEnd,
    string? ProgramId,
    string? Recipient,
    decimal? Amount,
    AmountQualifier AmountQualifier,
    int RecordCount,
    int RecordsWithoutAmount,
    IReadOnlyList<string> RecordIds);
