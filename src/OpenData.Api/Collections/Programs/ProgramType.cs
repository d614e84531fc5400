using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Funding;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Programs;

public sealed class ProgramType : ObjectGraphType<PublicProgram>
{
    public ProgramType()
    {
        Name = DatasetCollections.All.Of<PublicProgram>().TypeName;
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
