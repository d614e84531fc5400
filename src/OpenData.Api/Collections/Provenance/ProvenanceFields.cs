using GraphQL;
using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Provenance;

/// <summary>`provenance(field:)`: the sources of each field of a sourced record, batched for all records of a level.</summary>
internal static class ProvenanceFields
{
    public static void ProvenanceField<T>(this ObjectGraphType<T> type)
        where T : class, ISourced
    {
        var recordType = type.Name ?? throw new InvalidOperationException($"{type.GetType().Name} needs its Name before its provenance field.");
        var field = type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldProvenanceType>>>>("provenance")
            .Description("Qué fuentes respaldan cada campo de este registro, en el orden de sus campos (solo los campos con valor; la nota es de la compilación). Con field, solo ese campo.")
            .Argument<StringGraphType>("field", "Nombre de un campo (por ejemplo amount); por omisión, todos.")
            .ResolveBatchByKey<T, FieldProvenance>(p => p.RecordId, p => p.RecordType == recordType, p => p.Position, p => p.Field)
            .AsRelationList();
        field.FieldType.Resolver = DataLoaderResults.Map(field.FieldType.Resolver!, (context, value) =>
            context.GetArgument<string?>("field") is { } name && value is IEnumerable<object> rows
                ? rows.Where(row => ((FieldProvenance)row).Field == name).ToList()
                : value);
    }
}
