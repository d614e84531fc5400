namespace OpenData.Domain.Model;

public sealed class Plan : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public Jurisdiction Jurisdiction { get; set; }
    public int PeriodStartYear { get; set; }
    public int PeriodEndYear { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }
    public List<Objective> Objectives { get; set; } = [];
    public List<Policy> Policies { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
