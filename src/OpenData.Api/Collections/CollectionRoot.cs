using GraphQL.Types;

namespace OpenData.Api.Collections;

/// <summary>
/// The Query fields of a collection: the paged collection (<paramref name="Description"/>) and the by-id field
/// ("Busca <paramref name="What"/> por su slug…"). <paramref name="DefaultSlug"/> makes the id optional;
/// <paramref name="MoreFields"/> adds the collection's other root fields (its totals, for one) after its collection field.
/// </summary>
internal sealed record CollectionRoot(
    string Description, string What, bool OffsetPaged = false, string? DefaultSlug = null, Action<ObjectGraphType>? MoreFields = null);
