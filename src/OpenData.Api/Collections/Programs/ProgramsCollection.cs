using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Funding;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Programs;

/// <summary>The programs collection as the API publishes it: its declaration, then its GraphQL type (<see cref="ProgramType"/>).</summary>
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
        Search = new("Programas públicos: nombre, sigla, dependencia, resumen y notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Agency, x.Summary, x.Note)),
    };
}

public sealed class ProgramType : RecordGraphType<PublicProgram>
{
    public ProgramType()
    {
        Description = "Un programa público (federal, estatal o municipal) relacionado con el IEM: PAIMEF, PFTPG, PROABIM, FOBAM y otros.";
        this.Identity("el programa");
        Field(x => x.Name).Description("Nombre del programa.");
        Field(x => x.Acronym, nullable: true).Description("Siglas.");
        Field(x => x.Level, type: typeof(NonNullGraphType<ProgramLevelGraphType>)).Description("Orden de gobierno que lo opera.");
        Field(x => x.Agency, nullable: true).Description("Dependencia que lo opera.");
        Field(x => x.Summary, nullable: true).Description("Qué es el programa, en redacción propia.");
        this.PartialDate(x => x.Since, "Desde cuándo existe, según la fuente");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRecordType>>>>("fundingRecords")
            .Description("Registros de dinero del programa, del año más antiguo al más reciente (sin año al principio).")
            .ResolveBatchByKey<PublicProgram, FundingRecord>(f => f.ProgramId, orderBy: f => f.FiscalYear)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
