using GraphQL.Types;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Common;

/// <summary>`publication`: when a record was first published and when it last changed, batched for all records of a level.</summary>
internal static class PublicationFields
{
    public static void PublicationField<T>(this ObjectGraphType<T> type)
        where T : class, IRecord
    {
        var recordType = type.Name ?? throw new InvalidOperationException($"{type.GetType().Name} needs its Name before its publication field.");
        var field = type.Field<RecordPublicationType>("publication")
            .Description("En qué versión publicada apareció este registro por primera vez y en cuál cambió por última vez. Nulo si aún no está en ninguna versión publicada.")
            .ResolveBatchByKey<T, RecordPublication>(p => p.RecordId, p => p.RecordType == recordType);
        field.FieldType.Resolver = DataLoaderResults.Map(field.FieldType.Resolver!, (_, value) =>
            value is IEnumerable<object> rows ? rows.FirstOrDefault() : value);
    }
}

/// <summary>When a record was first published and when it last changed.</summary>
public sealed class RecordPublicationType : ObjectGraphType<RecordPublication>
{
    public RecordPublicationType()
    {
        Name = "RecordPublication";
        Description = "Cuándo se publicó un registro por primera vez y cuándo cambió por última vez, por versión publicada.";
        Field("firstRelease", x => x.FirstReleaseId, nullable: false).Description("Versión en la que el registro se publicó por primera vez.");
        Field(x => x.FirstPublishedOn).Description("Fecha de esa primera publicación.");
        Field("lastChangedRelease", x => x.LastChangedReleaseId, nullable: false).Description("Última versión que cambió algún valor del registro (o la de su primera publicación).");
        Field(x => x.LastChangedOn).Description("Fecha de esa última versión que lo cambió.");
    }
}
