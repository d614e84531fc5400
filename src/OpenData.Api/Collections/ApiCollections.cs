using System.Collections.Frozen;
using System.Reflection;
using OpenData.Domain.Collections;

namespace OpenData.Api.Collections;

/// <summary>
/// Every collection the API publishes, in the order of the downloads: the collections of the Query root, then the
/// child collections (reached through their parent), each in the order of the Domain's
/// <see cref="DatasetCollections.All"/> (<see cref="DatasetCollections.Declared"/>), the ONE list where a collection is
/// registered. No line here names a collection: each feature file <c>Collections/&lt;Feature&gt;/&lt;Name&gt;Collection.cs</c>
/// holds a static <c>Declaration</c> (its <see cref="ApiCollection"/> and, below it, its GraphQL type), found in this
/// assembly and matched to its Domain collection by entity type (<see cref="Discover"/>, <see cref="Match"/>).
/// </summary>
internal static class ApiCollections
{
    /// <summary>The name of the static property that holds a feature file's declaration.</summary>
    public const string DeclarationProperty = "Declaration";

    public static IReadOnlyList<ApiCollection> All { get; } = Match(DatasetCollections.All.Declared, Discover(typeof(ApiCollections).Assembly));

    private static readonly FrozenDictionary<string, ApiCollection> ByTypeName = All.ToFrozenDictionary(c => c.TypeName, StringComparer.Ordinal);

    /// <summary>The collection whose records are published as <paramref name="typeName"/>, or null.</summary>
    public static ApiCollection? OfType(string typeName) => ByTypeName.GetValueOrDefault(typeName);

    /// <summary>
    /// The value of every static <c>Declaration</c> property of an <see cref="ApiCollection"/> type declared in
    /// <paramref name="assembly"/>, in no particular order.
    /// </summary>
    public static IReadOnlyList<ApiCollection> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return
        [
            .. assembly.GetTypes()
                .Select(t => t.GetProperty(DeclarationProperty, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(p => p is not null && typeof(ApiCollection).IsAssignableFrom(p.PropertyType))
                .Select(p => (ApiCollection)p!.GetValue(null)!),
        ];
    }

    /// <summary>
    /// The <paramref name="found"/> API collections in the order of <paramref name="declared"/>: those without a parent,
    /// then the children. Throws when a declared collection has no API declaration or two, or when an API declaration
    /// is of no declared collection.
    /// </summary>
    public static IReadOnlyList<ApiCollection> Match(IReadOnlyList<CollectionDeclaration> declared, IReadOnlyList<ApiCollection> found)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(found);
        var byEntity = found.ToLookup(c => c.Domain.EntityType);
        var problems = new List<string>();
        foreach (var collection in declared)
        {
            var count = byEntity[collection.EntityType].Count();
            if (count != 1)
            {
                problems.Add($"{collection.Name} has {count} API declarations; expected one.");
            }
        }

        var entities = declared.Select(c => c.EntityType).ToHashSet();
        problems.AddRange(found.Where(c => !entities.Contains(c.Domain.EntityType)).Select(c => $"The API declaration of {c.Name} is of no declared collection."));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return [.. declared.Where(c => c.Parent is null).Concat(declared.Where(c => c.Parent is not null)).Select(c => byEntity[c.EntityType].Single())];
    }
}
