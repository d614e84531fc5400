using System.Collections.Concurrent;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// Which members of an entity appear in its <c>FilterInput</c>/<c>SortInput</c>. Default: all members that
/// <see cref="EntityMembers"/> classifies. A restriction is per entity type (the generated input types are
/// shared by name), so declaring two different restrictions for one entity is an error.
/// </summary>
internal static class EntityMemberSelection
{
    private static readonly ConcurrentDictionary<(Type Entity, bool Sorting), string[]> Restrictions = new();

    public static void Restrict(Type entityType, bool sorting, IReadOnlyCollection<string> propertyNames)
    {
        var names = propertyNames.ToArray();
        foreach (var name in names)
        {
            if (!EntityMembers.Of(entityType).Any(m => Named(m, name)))
            {
                throw new InvalidOperationException($"{entityType.Name}.{name} cannot be filtered or sorted.");
            }
        }

        var stored = Restrictions.GetOrAdd((entityType, sorting), names);
        if (!stored.SequenceEqual(names))
        {
            throw new InvalidOperationException(
                $"{(sorting ? "Sortable" : "Filterable")} members of {entityType.Name} are already restricted to "
                + $"[{string.Join(", ", stored)}]; the generated input type is shared, so every field must use the same list.");
        }
    }

    public static IEnumerable<EntityMember> Filterable(Type entityType) => Select(entityType, false);

    public static IEnumerable<EntityMember> Sortable(Type entityType) => Select(entityType, true).Where(m => m.IsSortable);

    private static IEnumerable<EntityMember> Select(Type entityType, bool sorting) =>
        Restrictions.TryGetValue((entityType, sorting), out var names)
            ? EntityMembers.Of(entityType).Where(m => names.Any(name => Named(m, name)))
            : EntityMembers.Of(entityType);

    /// <summary>A member is named by its property, or (for every member of a flat value) by the property holding the value.</summary>
    private static bool Named(EntityMember member, string name) => (member.Owner ?? member.Property).Name == name;
}
