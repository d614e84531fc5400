namespace OpenData.Domain.Model;

public sealed class Institution : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public string? StateName { get; set; }
    public string? StateInegiCode { get; set; }
    public string? Classification { get; set; }
    public PartialDate? FoundedOn { get; set; }
    public string? FoundingInstrumentId { get; set; }
    public LegalInstrument? FoundingInstrument { get; set; }
    public string? Mission { get; set; }
    public string? Vision { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Note { get; set; }
    public List<InstitutionName> FormerNames { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
