using GraphQL;
using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Nodes;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.Api.Schema.Releases;

/// <summary>A record that differs between two releases.</summary>
public sealed class RecordChangeType : ObjectGraphType<RecordChange>
{
    public RecordChangeType()
    {
        Name = "RecordChange";
        Description = "Un registro que cambió entre dos versiones publicadas: nuevo, retirado o con valores cambiados, con cada valor antes y después.";
        Field(x => x.RecordType).Description("Tipo del registro (por ejemplo FundingRecord).");
        Field(x => x.RecordId).Description("Slug del registro.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<ChangeKindGraphType>)).Description("Qué le pasó: nuevo, retirado o cambiado.");
        Field("since", x => x.SinceReleaseId == "" ? null : x.SinceReleaseId, nullable: true)
            .Description("Versión desde la que se compara; nula si se compara con antes de la primera versión.")
            .Requires(x => x.SinceReleaseId);
        Field("until", x => x.UntilReleaseId, nullable: false).Description("Versión hasta la que se compara.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fields")
            .Description("Cada campo que cambió, con su valor antes y después, en el orden de los campos (las claves de seed/).")
            .ResolveBatch(x => x.Fields, f => f.Position)
            .WithComplexityImpact(1, 10);
        Field<NodeInterface>("record")
            .Description("El registro tal como se publica hoy; nulo si fue retirado.")
            .Requires(x => x.RecordType, x => x.RecordId)
            .Resolve(context => NodeLoaders.Load(context, context.Source.RecordType, context.Source.RecordId));
    }
}

/// <summary>One field's value before and after.</summary>
public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "Un campo que cambió: su valor antes y después, como texto normalizado (listas como JSON). Así ningún valor corregido se pierde.";
        Field(x => x.Field).Description("Clave del campo en seed/ (por ejemplo amount, programId o sources).");
        Field(x => x.Before, nullable: true).Description("Valor antes; nulo si el campo no tenía valor (o el registro era nuevo).");
        Field(x => x.After, nullable: true).Description("Valor después; nulo si el campo quedó sin valor (o el registro se retiró).");
    }
}

public sealed class ChangeKindGraphType() : DescribedEnumGraphType<ChangeKind>(
    "Qué le pasó a un registro entre dos versiones.",
    new Dictionary<ChangeKind, string>
    {
        [ChangeKind.Added] = "Registro nuevo.",
        [ChangeKind.Removed] = "Registro retirado.",
        [ChangeKind.Changed] = "Registro con algún valor cambiado.",
    });
