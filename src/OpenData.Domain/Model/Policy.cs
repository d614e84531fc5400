namespace OpenData.Domain.Model;

/// <summary>A cross-cutting policy of a plan, its official text quoted verbatim.</summary>
public sealed class Policy : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string PlanId { get; set; } = "";
    public Plan? Plan { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
