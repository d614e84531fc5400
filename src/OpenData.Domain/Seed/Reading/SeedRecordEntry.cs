using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// A loaded record with where it came from, for the cross-record checks, and how to read it generically: its
/// <paramref name="Shape"/> and, when the record says which source backs which field, its <paramref name="FieldSources"/>
/// (source id to the keys it backs).
/// </summary>
internal sealed record SeedRecordEntry(
    string Collection, string Id, object Record, string File, YamlMappingNode Node,
    IRecordShape? Shape = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? FieldSources = null)
{
    /// <summary>The value node of <paramref name="key"/>, or the record's own node when the key is absent.</summary>
    public YamlNode NodeOf(string key) =>
        Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : Node;

    /// <summary>True when the record gives a value for <paramref name="key"/>.</summary>
    public bool Has(string key) =>
        Node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !Values.IsAbsent(value);
}
