using OpenData.Api.Collections;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// Where the API serves each downloadable collection: a Query root field (cursor or offset paged), or a
/// list field of a root collection for the child tables.
/// </summary>
public sealed record Downloadable(string Name, string TypeName, string RootField, bool OffsetPaged = false, string? ChildField = null)
{
    /// <summary>
    /// Every declared collection: a root collection at its own Query field; a child collection (no field of its own) under its
    /// Domain parent's field, at the key its records nest under in the seed (formerNames, signatories, claims).
    /// </summary>
    public static IReadOnlyList<Downloadable> All { get; } = [.. ApiCollections.All.Select(Of)];

    private static Downloadable Of(ApiCollection collection) => collection.Root is { } root
        ? new(collection.Name, collection.TypeName, collection.Name, root.OffsetPaged)
        : new(collection.Name, collection.TypeName, collection.Domain.Parent!.Name, ChildField: collection.Domain.NestedKey);

    /// <summary>Downloads that are no collection of the Query root: the sources of each field (see FieldProvenanceTests).</summary>
    public static IReadOnlyList<string> Others { get; } = ["fieldProvenance"];

    /// <summary>The name of every download.</summary>
    public static IReadOnlyList<string> AllNames => [.. All.Select(c => c.Name), .. Others];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var collection in All)
        {
            data.Add(collection.Name);
        }

        return data;
    }

    public static Downloadable Named(string name) => All.Single(c => c.Name == name);
}
