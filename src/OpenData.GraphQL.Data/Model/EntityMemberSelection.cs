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
            if (!EntityMembers.Of(entityType).Any(m => m.Property.Name == name))
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
            ? EntityMembers.Of(entityType).Where(m => names.Contains(m.Property.Name))
            : EntityMembers.Of(entityType);
}
