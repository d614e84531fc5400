namespace OpenData.Domain.Model;

/// <summary>Money (MXN) for a purpose in a fiscal year or range of years, as exactly as the source states it.</summary>
public sealed class FundingRecord : ISourced
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
    public string Purpose { get; set; } = "";
    public string? Recipient { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];
}
