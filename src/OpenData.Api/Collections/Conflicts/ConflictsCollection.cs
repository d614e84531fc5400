using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Conflicts;

/// <summary>Disputed facts; `claims` holds the ids of their versions, which are the rows of the claims download.</summary>
internal static class ConflictsCollection
{
    public static ApiCollection<Conflict, ConflictType> Declaration { get; } = new("Datos en disputa")
    {
        Root = new("Datos en disputa, con cada versión y sus fuentes.", "un conflicto"),
        Columns =
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
        ],
        ExportIncludes = records => records.Include(x => x.Claims).Include(x => x.Sources),
        Search = new("Datos en disputa: tema, resumen, cada versión y notas.", x => new(x.Topic, [x.Summary, .. x.Claims.OrderBy(c => c.Position).Select(c => c.Value), x.Note]), records => records.Include(c => c.Claims)),
    };
}
