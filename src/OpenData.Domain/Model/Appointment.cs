namespace OpenData.Domain.Model;

/// <summary>A post a person held, with the years sources attest and start/end only where a source gives them.</summary>
public sealed class Appointment : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string PersonId { get; set; } = "";
    public Person? Person { get; set; }
    public string Role { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public List<int> AttestedYears { get; set; } = [];
    public PartialDate? StartedOn { get; set; }
    public PartialDate? EndedOn { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
