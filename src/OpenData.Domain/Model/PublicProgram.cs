namespace OpenData.Domain.Model;

/// <summary>
/// A public programme (the seed's "programs" collection; its public type name is declared in ProgramsCollection). The class is not
/// called Program so that it never clashes with a host's entry-point class.
/// </summary>
public sealed class PublicProgram : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public ProgramLevel Level { get; set; }
    public string? Agency { get; set; }
    public string? Summary { get; set; }
    public PartialDate? Since { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
