using GraphQL;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Schema.Nodes;

/// <summary>Loads any record by its GraphQL type name and slug, batched per type: the engine behind node, nodes and the by-id fields.</summary>
internal static class NodeLoaders
{
    private static readonly Dictionary<string, Func<IResolveFieldContext, string, object>> Loaders = new(StringComparer.Ordinal)
    {
        ["Source"] = (c, k) => c.LoadEntity<Source>(k),
        ["Institution"] = (c, k) => c.LoadEntity<Institution>(k),
        ["InstitutionName"] = (c, k) => c.LoadEntity<InstitutionName>(k),
        ["HistoryEvent"] = (c, k) => c.LoadEntity<HistoryEvent>(k),
        ["LegalInstrument"] = (c, k) => c.LoadEntity<LegalInstrument>(k),
        ["Plan"] = (c, k) => c.LoadEntity<Plan>(k),
        ["Objective"] = (c, k) => c.LoadEntity<Objective>(k),
        ["Policy"] = (c, k) => c.LoadEntity<Policy>(k),
        ["Person"] = (c, k) => c.LoadEntity<Person>(k),
        ["Appointment"] = (c, k) => c.LoadEntity<Appointment>(k),
        ["Program"] = (c, k) => c.LoadEntity<PublicProgram>(k),
        ["FundingRecord"] = (c, k) => c.LoadEntity<FundingRecord>(k),
        ["Agreement"] = (c, k) => c.LoadEntity<Agreement>(k),
        ["AgreementSignatory"] = (c, k) => c.LoadEntity<AgreementSignatory>(k),
        ["Municipality"] = (c, k) => c.LoadEntity<Municipality>(k),
        ["Centre"] = (c, k) => c.LoadEntity<Centre>(k),
        ["GlossaryTerm"] = (c, k) => c.LoadEntity<GlossaryTerm>(k),
        ["Conflict"] = (c, k) => c.LoadEntity<Conflict>(k),
        ["Claim"] = (c, k) => c.LoadEntity<Claim>(k),
    };

    public static IReadOnlyCollection<string> TypeNames => Loaders.Keys;

    /// <summary>The record of <paramref name="typeName"/> with <paramref name="slug"/>, or null when there is none.</summary>
    public static object? Load(IResolveFieldContext context, string typeName, string slug) =>
        Loaders.TryGetValue(typeName, out var load) ? load(context, slug) : null;

    /// <summary>A global id's record, or a field error with code INVALID_ID when the id is not one of ours.</summary>
    public static object? LoadGlobal(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var slug) || !Loaders.ContainsKey(typeName))
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
