using System.Collections;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.Domain.Releases;

namespace OpenData.Domain.Seed;

/// <summary>
/// The records loaded from the seed files, by collection, each in file order. Children (former names, signatories,
/// claims) are records of their own collection and also hang off their parents; lists of references are filled with
/// the referenced instances.
/// </summary>
public sealed class SeedSet
{
    private readonly Dictionary<CollectionDeclaration, IList> records = [];

    /// <summary>An empty set of <paramref name="collections"/>.</summary>
    public SeedSet(DatasetCollections collections)
    {
        ArgumentNullException.ThrowIfNull(collections);
        Collections = collections;
        foreach (var collection in collections)
        {
            records.Add(collection, collection.NewList());
        }
    }

    /// <summary>The collections the set holds.</summary>
    public DatasetCollections Collections { get; }

    /// <summary>Which sources back each field of each sourced record (filled when the seed is valid).</summary>
    public List<FieldProvenance> FieldProvenance { get; } = [];

    /// <summary>Every record's values as normalized text (filled when the seed is valid), what a release records.</summary>
    public DatasetSnapshot Snapshot { get; internal set; } = new();

    /// <summary>The recorded releases (seed/releases/), oldest first.</summary>
    public IReadOnlyList<RecordedRelease> Releases { get; internal set; } = [];

    /// <summary>The content hash of the collection files (see <see cref="SeedVersion.ComputeContent"/>).</summary>
    public string Content { get; internal set; } = "";

    /// <summary>Records per collection (children included), keyed and ordered as <see cref="Collections"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts => [.. Collections.Select(c => new KeyValuePair<string, int>(c.Name, records[c].Count))];

    /// <summary>The records of the collection of <typeparamref name="T"/>, in file order.</summary>
    public IReadOnlyList<T> Records<T>()
        where T : class, IRecord => (List<T>)records[Collections.Of<T>()];

    /// <summary>The records of <paramref name="collection"/>, in file order.</summary>
    public IReadOnlyList<IRecord> Records(CollectionDeclaration collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return (IReadOnlyList<IRecord>)records[collection];
    }

    /// <summary>"42 sources, 1 institutions, ...": the counts as one line.</summary>
    public string DescribeCounts() => string.Join(", ", Counts.Select(c => $"{c.Value} {c.Key}"));

    internal void Add(CollectionDeclaration collection, IRecord record) => records[collection].Add(record);
}
