namespace OpenData.Domain.Model;

public sealed class Centre : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public CentreKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public List<Municipality> MunicipalitiesServed { get; set; } = [];
    public string? Operator { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public PartialDate? OpenedOn { get; set; }
    public PartialDate? ClosedOn { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
