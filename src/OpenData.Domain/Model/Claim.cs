namespace OpenData.Domain.Model;

/// <summary>One version of a disputed fact, as its sources state it.</summary>
public sealed class Claim : ISourced
{
    public string Id { get; set; } = "";
    public string ConflictId { get; set; } = "";
    public Conflict? Conflict { get; set; }
    public int Position { get; set; }
    public string Value { get; set; } = "";
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];
}
