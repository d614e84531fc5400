using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>Plans; their objectives and policies are downloads of their own (each row names its plan).</summary>
internal static class PlansExport
{
    public static IExportTable Table { get; } = new ExportTable<Plan>(DatasetCollections.All.Of<Plan>().Name, "Planes",
        db => db.Plans.Include(x => x.Sources),
    [
        Columns.Id<Plan>(),
        Columns.Text<Plan>("name", x => x.Name),
        Columns.Enum<Plan, Jurisdiction>("jurisdiction", x => x.Jurisdiction),
        Columns.Int<Plan>("periodStartYear", x => x.PeriodStartYear),
        Columns.Int<Plan>("periodEndYear", x => x.PeriodEndYear),
        Columns.Text<Plan>("summary", x => x.Summary),
        Columns.Note<Plan>(x => x.Note),
        Columns.Sources<Plan>(),
    ]);
}
