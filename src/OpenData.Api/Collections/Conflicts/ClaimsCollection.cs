using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Conflicts;

/// <summary>The versions of each disputed fact (the `claims` of a conflict), one row each with its own sources.</summary>
internal static class ClaimsCollection
{
    public static ApiCollection<Claim, ClaimType> Declaration { get; } = new("Versiones de los datos en disputa")
    {
        Columns =
        [
            Columns.Id<Claim>(),
            Columns.Ref<Claim>("conflict", x => x.ConflictId),
            Columns.Int<Claim>("position", x => x.Position),
            Columns.Text<Claim>("value", x => x.Value),
            Columns.Note<Claim>(x => x.Note),
            Columns.Sources<Claim>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
    };
}
