using GraphQL.Types;
using OpenData.Api.Collections.Conflicts;
using OpenData.Api.Collections.Sources;

namespace OpenData.Api.Collections.Common;

/// <summary>
/// What every published record shares: its global id, its slug, its sources and its conflicts. Every record type
/// implements it (and Node), so one fragment <c>... on PublishedRecord { slug sources { url } }</c> serves any record,
/// for example a search hit.
/// </summary>
public sealed class PublishedRecordInterface : InterfaceGraphType
{
    public const string TypeName = "PublishedRecord";

    public PublishedRecordInterface()
    {
        Name = TypeName;
        Description = "Cualquier registro publicado del conjunto de datos: su identificador global, su slug, las fuentes que lo respaldan y los conflictos (datos en disputa) que le conciernen. Todos los tipos de registro lo implementan, así que un solo fragmento «... on PublishedRecord { … }» trae las fuentes de cualquier resultado.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identificador global: base64 de «Tipo:slug», para node(id:).");
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Identificador estable y legible: el mismo de los archivos de seed/ y de las descargas.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Fuentes que respaldan el registro (al menos una). Una fuente se respalda a sí misma; una firma de convenio, con las fuentes del convenio.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts")
            .Description("Conflictos que conciernen al registro, como sujeto principal o entre los demás registros que nombra el conflicto. Vacío si no hay; siempre vacío para un conflicto y para una versión (claim).");
    }
}
