using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Programs;

/// <summary>The programs collection as the API publishes it.</summary>
internal static class ProgramsCollection
{
    public static ApiCollection<PublicProgram, ProgramType> Declaration { get; } = new("Programas")
    {
        Root = new("Programas públicos relacionados con el IEM.", "un programa"),
        Columns =
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
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Programas públicos: nombre, sigla, dependencia, resumen y notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Agency, x.Summary, x.Note)),
    };
}
