namespace OpenData.Domain.Model;

public sealed class Municipality : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? InegiCode { get; set; }
    public bool GenderAlert { get; set; }
    public PartialDate? GenderAlertDeclaredOn { get; set; }
    public string? Note { get; set; }

    /// <summary>History events that name this municipality (inverse of <see cref="HistoryEvent.Municipalities"/>; not seeded).</summary>
    public List<HistoryEvent> HistoryEvents { get; set; } = [];

    /// <summary>Centres based elsewhere that also serve this municipality (inverse of <see cref="Centre.MunicipalitiesServed"/>; not seeded).</summary>
    public List<Centre> CentresServing { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
