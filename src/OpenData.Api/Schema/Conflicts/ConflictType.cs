using GraphQL.Types;
using OpenData.Api.Schema.Common;
using OpenData.Api.Schema.Nodes;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.Api.Schema.Conflicts;

public sealed class ConflictType : ObjectGraphType<Conflict>
{
    public ConflictType()
    {
        Name = "Conflict";
        Description = "Un dato en disputa: las fuentes no coinciden. Se publican todas las versiones (claims), cada una con sus propias fuentes, sin elegir una en silencio.";
        this.Identity("el conflicto");
        Field(x => x.Topic).Description("Sobre qué discrepan las fuentes.");
        Field(x => x.Summary, nullable: true).Description("Resumen del desacuerdo en redacción propia.");
        Field(x => x.SubjectType).Description("Tipo del registro al que se refiere el conflicto (por ejemplo, HistoryEvent).");
        Field(x => x.SubjectId).Description("Slug del registro al que se refiere el conflicto.");
        Field<NodeInterface>("subject").Description("El registro al que se refiere el conflicto.")
            .Requires(x => x.SubjectType, x => x.SubjectId)
            .Resolve(context => NodeLoaders.Load(context, context.Source.SubjectType, context.Source.SubjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .Description("Las versiones en disputa, en su orden (position), cada una con sus fuentes.")
            .ResolveBatch(x => x.Claims, orderBy: c => c.Position)
            .AsRelationList();
        this.NoteField(x => x.Note);
        this.SourcesField();
    }
}
