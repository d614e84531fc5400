using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Tests.Collections.TrialReports;

/// <summary>The declaration of the test-only <c>trialReports</c> collection (<c>trialReports.yaml</c>): a kind of record like reports.</summary>
internal sealed class TrialReportsCollection() : CollectionDeclaration<TrialReport>("trialReports")
{
    /// <summary>The dataset's collections plus the trial reports.</summary>
    public static DatasetCollections WithTrialReports { get; } = new([.. DatasetCollections.All, new TrialReportsCollection()]);

    internal override FieldSpec<TrialReport>[] Fields(Fields<TrialReport> f) =>
    [
        f.Text("title", (r, v) => r.Title = v, required: true),
        f.Year("year", (r, v) => r.Year = v),
        f.Url("url", (r, v) => r.Url = v),
        f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Configure(EntityTypeBuilder<TrialReport> entity) => entity.HasIndex(x => new { x.Title, x.Id });
}

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
