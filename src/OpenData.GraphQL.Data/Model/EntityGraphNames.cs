using System.Collections.Concurrent;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// GraphQL names for entity or enum CLR types whose class name is not the public name (for example a class
/// called PublicProgram published as Program). The name drives the generated input names
/// (<c>ProgramFilterInput</c>, <c>ProgramSortInput</c>) and global ids (<c>Program:key</c>). Map before the schema is built.
/// </summary>
public static class EntityGraphNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static void Map<T>(string graphName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphName);
        var existing = Names.GetOrAdd(typeof(T), graphName);
        if (existing != graphName)
        {
            throw new InvalidOperationException($"{typeof(T).Name} is already published as {existing}, not {graphName}.");
        }
    }

    internal static string? Find(Type type) => Names.GetValueOrDefault(type);
}
