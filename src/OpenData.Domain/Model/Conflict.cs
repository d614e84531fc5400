namespace OpenData.Domain.Model;

/// <summary>A disputed fact: the records it concerns (a main one and any others) and two or more claims, each with its own sources.</summary>
public sealed class Conflict : ISourced
{
    public string Id { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? Summary { get; set; }

    /// <summary>Public type name of the record concerned, e.g. "HistoryEvent" (see <see cref="Collections.DatasetCollections.SubjectTypes"/>).</summary>
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";

    /// <summary>
    /// The other records the dispute concerns, as "Type:slug" (e.g. "Municipality:durango"), in seed order. With the
    /// main subject they are the records whose <see cref="IConflictSubject.Conflicts"/> list this conflict.
    /// </summary>
    public List<string> AlsoConcerns { get; set; } = [];
    public string? Note { get; set; }
    public List<Claim> Claims { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
