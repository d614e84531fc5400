using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Conflicts;

/// <summary>The versions of each disputed fact (the `claims` of a conflict), one row each with its own sources. Its GraphQL type (<see cref="ClaimType"/>) follows.</summary>
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
    };
}

public sealed class ClaimType : RecordGraphType<Claim>
{
    public ClaimType()
    {
        Description = "Una versión de un dato en disputa, tal como la afirman sus fuentes.";
        this.Identity("la versión");
        Field(x => x.Position).Description("Orden de la versión dentro del conflicto (desde 1).");
        Field(x => x.Value).Description("El valor que afirman estas fuentes (por ejemplo, una fecha o una cifra).");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ConflictType>>("conflict").Description("El conflicto al que pertenece.").ResolveBatchReference(x => x.Conflict);
        this.SourcesField();
        this.NoConflictsField("una versión");
    }
}
