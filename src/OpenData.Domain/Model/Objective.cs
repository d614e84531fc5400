namespace OpenData.Domain.Model;

/// <summary>An objective of a plan, its official text quoted verbatim.</summary>
public sealed class Objective : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string PlanId { get; set; } = "";
    public Plan? Plan { get; set; }
    public string? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
