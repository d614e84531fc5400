using GraphQL;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Collections.Nodes;

/// <summary>
/// Loads any record by its public type name and slug, batched per type (the collections of <see cref="ApiCollections"/>):
/// the engine behind node, nodes and the by-id fields.
/// </summary>
internal static class NodeLoaders
{
    /// <summary>The record of <paramref name="typeName"/> with <paramref name="slug"/>, or null when there is none.</summary>
    public static object? Load(IResolveFieldContext context, string typeName, string slug) =>
        ApiCollections.OfType(typeName)?.Load(context, slug);

    /// <summary>A global id's record, or a field error with code INVALID_ID when the id is not one of ours.</summary>
    public static object? LoadGlobal(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var slug) || ApiCollections.OfType(typeName) is null)
        {
            throw new ExecutionError($"'{id}' no es un identificador global válido de este esquema (base64 de «Tipo:slug»).") { Code = DataErrorCodes.InvalidId };
        }

        return Load(context, typeName, slug);
    }

    /// <summary>
    /// The argument of a by-id field: a slug ("paimef") or the global id of <paramref name="typeName"/>.
    /// </summary>
    public static object? LoadByIdOrSlug(IResolveFieldContext context, string typeName, string idOrSlug)
    {
        if (GlobalId.TryDecode(idOrSlug, out var decodedType, out var slug))
        {
            if (decodedType != typeName)
            {
                throw new ExecutionError($"El identificador global '{idOrSlug}' es de tipo {decodedType}, no {typeName}.") { Code = DataErrorCodes.InvalidId };
            }

            return Load(context, typeName, slug);
        }

        return Load(context, typeName, idOrSlug);
    }
}
