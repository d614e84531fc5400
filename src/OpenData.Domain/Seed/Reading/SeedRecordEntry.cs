using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>A loaded record with where it came from, for the cross-record checks.</summary>
internal sealed record SeedRecordEntry(string Collection, string Id, object Record, string File, YamlMappingNode Node)
{
    /// <summary>The value node of <paramref name="key"/>, or the record's own node when the key is absent.</summary>
    public YamlNode NodeOf(string key) =>
        Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : Node;
}
