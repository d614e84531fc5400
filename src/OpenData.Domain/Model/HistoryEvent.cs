namespace OpenData.Domain.Model;

public sealed class HistoryEvent : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public PartialDate Date { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public HistoryCategory Category { get; set; }
    public string? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public string? Note { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
    public List<LegalInstrument> LegalInstruments { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
