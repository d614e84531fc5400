namespace OpenData.Api.Collections.Funding;

/// <summary>What <c>fundingTotals</c> groups by besides the measure, which it always groups by.</summary>
public enum FundingTotalGroup
{
    /// <summary>The record's fiscal year or range of years, as stated (2021–2022 is its own group, not 2021).</summary>
    FiscalPeriod,

    /// <summary>The programme the record belongs to (none is a group of its own).</summary>
    Program,

    /// <summary>The recipient, as the record names it (none is a group of its own).</summary>
    Recipient,
}
