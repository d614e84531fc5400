using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Nodes;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.Api.Collections.Conflicts;

public sealed class ConflictType : ObjectGraphType<Conflict>
{
    public ConflictType()
    {
        Name = "Conflict";
        Description = "Un dato en disputa: las fuentes no coinciden. Se publican todas las versiones (claims), cada una con sus propias fuentes, sin elegir una en silencio.";
        this.Identity("el conflicto");
        Field(x => x.Topic).Description("Sobre qué discrepan las fuentes.");
        Field(x => x.Summary, nullable: true).Description("Resumen del desacuerdo en redacción propia.");
        Field(x => x.SubjectType).Description("Tipo del registro principal al que se refiere el conflicto (por ejemplo, HistoryEvent).");
        Field(x => x.SubjectId).Description("Slug del registro principal al que se refiere el conflicto.");
        Field<NodeInterface>("subject").Description("El registro principal al que se refiere el conflicto (los demás, en concerns).")
            .Requires(x => x.SubjectType, x => x.SubjectId)
            .Resolve(context => NodeLoaders.Load(context, context.Source.SubjectType, context.Source.SubjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .Description("Las versiones en disputa, en su orden (position), cada una con sus fuentes.")
            .ResolveBatch(x => x.Claims, orderBy: c => c.Position)
            .AsRelationList();
        Field(x => x.AlsoConcerns).Description("Los demás registros a los que concierne el conflicto, como «Tipo:slug» (por ejemplo, «Municipality:durango»), además del sujeto principal. Vacío si solo concierne a este.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("concerns")
            .Description("Todos los registros a los que concierne el conflicto: primero el sujeto principal (subject) y luego los de alsoConcerns, en su orden. Cada uno lista este conflicto en su campo conflicts.")
            .Requires(x => x.SubjectType, x => x.SubjectId, x => x.AlsoConcerns)
            .ResolveAsync(async context =>
            {
                var conflict = context.Source;
                var subjects = new List<(string Type, string Id)> { (conflict.SubjectType, conflict.SubjectId) };
                subjects.AddRange(conflict.AlsoConcerns.Select(text => text.Split(':', 2)).Select(parts => (parts[0], parts[1])));
                var pending = subjects.Select(s => NodeLoaders.Load(context, s.Type, s.Id)).ToList();
                var records = new List<object>(pending.Count);
                foreach (var item in pending)
                {
                    var record = item is global::GraphQL.DataLoader.IDataLoaderResult loader
                        ? await loader.GetResultAsync(context.CancellationToken)
                        : item;
                    if (record is not null)
                    {
                        records.Add(record);
                    }
                }

                return records;
            })
            .AsRelationList();
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.NoConflictsField("un conflicto");
    }
}
