namespace OpenData.Domain.Model;

public sealed class Source : IConflictSubject
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public SourceKind Kind { get; set; }
    public string? Url { get; set; }
    public PartialDate? PublishedOn { get; set; }
    public string? Note { get; set; }

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
