namespace OpenData.Domain.Model;

/// <summary>
/// Money (MXN) for a purpose in a fiscal year or range of years, as exactly as the source states it, with what the
/// amount measures and, for a share, the record it is part of.
/// </summary>
public sealed class FundingRecord : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string? ProgramId { get; set; }
    public PublicProgram? Program { get; set; }
    public string? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public string? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int? FiscalYear { get; set; }
    public int? FiscalYearEnd { get; set; }
    public decimal? Amount { get; set; }
    public AmountQualifier AmountQualifier { get; set; }

    /// <summary>What the amount measures (budget, transfer, spent, returned...): amounts of different measures are never added.</summary>
    public MoneyMeasure Measure { get; set; }

    /// <summary>Set when this amount is a share of another record's amount (same measure): totals never add it to its whole.</summary>
    public string? PartOfId { get; set; }
    public FundingRecord? PartOf { get; set; }

    /// <summary>The records whose amounts are shares of this one (inverse of <see cref="PartOf"/>; not seeded).</summary>
    public List<FundingRecord> Parts { get; set; } = [];
    public string Purpose { get; set; } = "";
    public string? Recipient { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
