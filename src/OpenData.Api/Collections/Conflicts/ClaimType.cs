using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Conflicts;

public sealed class ClaimType : ObjectGraphType<Claim>
{
    public ClaimType()
    {
        Name = "Claim";
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
