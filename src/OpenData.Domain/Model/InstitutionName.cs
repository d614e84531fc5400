namespace OpenData.Domain.Model;

/// <summary>A former name of an institution, with the period it was used where a source gives it.</summary>
public sealed class InstitutionName : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string InstitutionId { get; set; } = "";
    public Institution? Institution { get; set; }
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public PartialDate? UsedFrom { get; set; }
    public PartialDate? UsedUntil { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
