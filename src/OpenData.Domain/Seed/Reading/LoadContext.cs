using OpenData.Domain.Collections;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>What loading collects: problems, loaded records by collection, references to resolve.</summary>
internal sealed class LoadContext(DatasetCollections collections)
{
    /// <summary>The collections being loaded.</summary>
    public DatasetCollections Collections => collections;

    /// <summary>Every record read, by collection (children included), whatever its problems.</summary>
    public SeedSet Set { get; } = new(collections);

    public List<SeedProblem> Problems { get; } = [];

    public List<SeedReference> References { get; } = [];

    /// <summary>Every record with a well-formed id, by collection, in file order (duplicates included).</summary>
    public Dictionary<string, List<SeedRecordEntry>> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Collections whose file could not be read: references into them are not checked.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    public void Report(string file, YamlNode at, string record, string field, string message) =>
        Problems.Add(new SeedProblem(file, (int)at.Start.Line, (int)at.Start.Column, record, field, message));

    public void Register(SeedRecordEntry entry)
    {
        if (!Records.TryGetValue(entry.Collection, out var list))
        {
            list = [];
            Records.Add(entry.Collection, list);
        }

        list.Add(entry);
    }
}
