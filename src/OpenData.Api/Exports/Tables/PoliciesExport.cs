using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class PoliciesExport
{
    public static IExportTable Table { get; } = new ExportTable<Policy>(DatasetCollections.All.Of<Policy>().Name, "Políticas transversales de los planes",
        db => db.Policies.Include(x => x.Sources),
    [
        Columns.Id<Policy>(),
        Columns.Ref<Policy>("plan", x => x.PlanId),
        Columns.Int<Policy>("position", x => x.Position),
        Columns.Text<Policy>("name", x => x.Name),
        Columns.Text<Policy>("text", x => x.Text),
        Columns.Note<Policy>(x => x.Note),
        Columns.Sources<Policy>(),
    ]);
}
