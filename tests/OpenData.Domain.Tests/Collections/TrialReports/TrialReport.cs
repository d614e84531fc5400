using OpenData.Domain.Model;

namespace OpenData.Domain.Tests.Collections.TrialReports;

/// <summary>A kind of record only the tests declare, shaped like a report: what adding a collection takes on the Domain side.</summary>
public sealed class TrialReport : ISourced
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public int? Year { get; set; }
    public string? Url { get; set; }
    public string? InstitutionId { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];
}
