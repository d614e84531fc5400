namespace OpenData.Domain.Model;

public sealed class LegalInstrument : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public LegalInstrumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Number { get; set; }
    public Jurisdiction Jurisdiction { get; set; }
    public string? Gazette { get; set; }
    public PartialDate? PublishedOn { get; set; }
    public PartialDate? LastReformedOn { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }

    /// <summary>History events that name this instrument (inverse of <see cref="HistoryEvent.LegalInstruments"/>; not seeded).</summary>
    public List<HistoryEvent> HistoryEvents { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
