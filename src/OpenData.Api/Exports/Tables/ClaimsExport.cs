using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>The versions of each disputed fact (the `claims` of a conflict), one row each with its own sources.</summary>
internal static class ClaimsExport
{
    public static IExportTable Table { get; } = new ExportTable<Claim>(DatasetCollections.All.Of<Claim>().Name, "Versiones de los datos en disputa",
        db => db.Claims.Include(x => x.Sources),
    [
        Columns.Id<Claim>(),
        Columns.Ref<Claim>("conflict", x => x.ConflictId),
        Columns.Int<Claim>("position", x => x.Position),
        Columns.Text<Claim>("value", x => x.Value),
        Columns.Note<Claim>(x => x.Note),
        Columns.Sources<Claim>(),
    ]);
}
