namespace OpenData.Domain.Model;

/// <summary>A disputed fact: the record it concerns and two or more claims, each with its own sources.</summary>
public sealed class Conflict : ISourced
{
    public string Id { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? Summary { get; set; }

    /// <summary>Entity name of the record concerned, e.g. "HistoryEvent" (see <see cref="SubjectTypes"/>).</summary>
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string? Note { get; set; }
    public List<Claim> Claims { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
