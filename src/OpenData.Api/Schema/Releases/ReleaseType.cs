using GraphQL;
using GraphQL.Types;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Schema.Releases;

/// <summary>A published version of the dataset.</summary>
public sealed class ReleaseType : ObjectGraphType<Release>
{
    public ReleaseType()
    {
        Name = "Release";
        Description = "Una versión publicada del conjunto de datos, registrada en seed/releases/ del repositorio.";
        Field("version", x => x.Id, nullable: false).Description("Etiqueta de la versión (1, 2, 3...); úsela en changes(since:).");
        Field(x => x.Position).Description("Orden de la versión: 1 para la primera.");
        Field(x => x.PublishedOn).Description("Fecha de publicación.");
        Field(x => x.Note).Description("Qué trae la versión, en una línea.");
        Field(x => x.Content).Description("Huella SHA-256 de los archivos de datos de seed/ en esta versión (sin las versiones).");
        Field(x => x.AddedCount).Description("Registros nuevos en esta versión.");
        Field(x => x.ChangedCount).Description("Registros con algún valor corregido o actualizado en esta versión.");
        Field(x => x.RemovedCount).Description("Registros retirados en esta versión.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordChangeType>>>>("changes")
            .Description("Lo que cambió esta versión respecto de la anterior: registros nuevos, retirados y cambiados, con cada valor antes y después.")
            .ResolveBatchByKey<Release, RecordChange>(c => c.UntilReleaseId, c => c.IsStep)
            .WithComplexityImpact(1, 20);
    }
}
