using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class ProgramsExport
{
    public static IExportTable Table { get; } = new ExportTable<PublicProgram>(DatasetCollections.All.Of<PublicProgram>().Name, "Programas",
        db => db.Programs.Include(x => x.Sources),
    [
        Columns.Id<PublicProgram>(),
        Columns.Text<PublicProgram>("name", x => x.Name),
        Columns.Text<PublicProgram>("acronym", x => x.Acronym),
        Columns.Enum<PublicProgram, ProgramLevel>("level", x => x.Level),
        Columns.Text<PublicProgram>("agency", x => x.Agency),
        Columns.Text<PublicProgram>("summary", x => x.Summary),
        .. Columns.PartialDate<PublicProgram>("since", x => x.Since),
        Columns.Note<PublicProgram>(x => x.Note),
        Columns.Sources<PublicProgram>(),
    ]);
}
