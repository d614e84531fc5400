namespace OpenData.Domain.Model;

public sealed class GlossaryTerm : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Term { get; set; } = "";
    public string Definition { get; set; } = "";

    /// <summary>Ids of related glossary terms.</summary>
    public List<string> RelatedTerms { get; set; } = [];
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
