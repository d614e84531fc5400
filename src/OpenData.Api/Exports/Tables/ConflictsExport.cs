using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>Disputed facts; `claims` holds the ids of their versions, which are the rows of the claims download.</summary>
internal static class ConflictsExport
{
    public static IExportTable Table { get; } = new ExportTable<Conflict>(DatasetCollections.All.Of<Conflict>().Name, "Datos en disputa",
        db => db.Conflicts.Include(x => x.Claims).Include(x => x.Sources),
    [
        Columns.Id<Conflict>(),
        Columns.Text<Conflict>("topic", x => x.Topic),
        Columns.Text<Conflict>("summary", x => x.Summary),
        Columns.Text<Conflict>("subjectType", x => x.SubjectType),
        Columns.Text<Conflict>("subjectId", x => x.SubjectId),
        Columns.Texts<Conflict>("alsoConcerns", x => x.AlsoConcerns),
        Columns.Refs<Conflict, Claim>("claims", x => x.Claims),
        Columns.Note<Conflict>(x => x.Note),
        Columns.Sources<Conflict>(),
    ]);
}
