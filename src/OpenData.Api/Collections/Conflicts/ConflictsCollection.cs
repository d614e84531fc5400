using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Nodes;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.Api.Collections.Conflicts;

/// <summary>Disputed facts; `claims` holds the ids of their versions, which are the rows of the claims download. Its GraphQL type (<see cref="ConflictType"/>) follows.</summary>
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
        Search = new("Datos en disputa: tema, resumen, cada versión y notas.", x => new(x.Topic, [x.Summary, .. x.Claims.OrderBy(c => c.Position).Select(c => c.Value), x.Note]), records => records.Include(c => c.Claims)),
    };
}

public sealed class ConflictType : RecordGraphType<Conflict>
{
    public ConflictType()
    {
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
