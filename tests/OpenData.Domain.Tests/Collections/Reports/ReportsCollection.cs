using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Tests.Collections.Reports;

/// <summary>The declaration of the test-only <c>reports</c> collection (<c>reports.yaml</c>).</summary>
internal sealed class ReportsCollection() : CollectionDeclaration<Report>("reports")
{
    /// <summary>The dataset's collections plus reports.</summary>
    public static DatasetCollections WithReports { get; } = new([.. DatasetCollections.All, new ReportsCollection()]);

    internal override FieldSpec<Report>[] Fields(Fields<Report> f) =>
    [
        f.Text("title", (r, v) => r.Title = v, required: true),
        f.Year("year", (r, v) => r.Year = v),
        f.Url("url", (r, v) => r.Url = v),
        f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Configure(EntityTypeBuilder<Report> entity) => entity.HasIndex(x => new { x.Title, x.Id });
}
