namespace OpenData.Domain.Model;

/// <summary>A convenio: its parties, signatories and amount where sourced.</summary>
public sealed class Agreement : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string? Code { get; set; }
    public string Title { get; set; } = "";
    public List<string> Parties { get; set; } = [];
    public int? FiscalYear { get; set; }
    public PartialDate? SignedOn { get; set; }
    public decimal? Amount { get; set; }
    public AmountQualifier AmountQualifier { get; set; }

    /// <summary>What the amount measures (for a convenio, usually the subsidy it grants).</summary>
    public MoneyMeasure Measure { get; set; }
    public string? Note { get; set; }
    public List<AgreementSignatory> Signatories { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
