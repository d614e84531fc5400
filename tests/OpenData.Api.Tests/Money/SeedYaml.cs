using System.Globalization;
using OpenData.Api.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace OpenData.Api.Tests.Money;

/// <summary>
/// Reads the committed seed files directly with YamlDotNet (not through the loader under test), so expected values are
/// computed from the seed itself, never hard-coded.
/// </summary>
internal static class SeedYaml
{
    /// <summary>The records of seed/<paramref name="collection"/>.yaml, each as its key → value-node mapping.</summary>
    public static IReadOnlyList<YamlMappingNode> Records(string collection)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, "seed", collection + ".yaml"));
        stream.Load(reader);
        return [.. ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>()];
    }

    public static string? Text(this YamlMappingNode record, string key) =>
        record.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static int? Int(this YamlMappingNode record, string key) =>
        record.Text(key) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static decimal? Money(this YamlMappingNode record, string key) =>
        record.Text(key) is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;

    public static YamlNode? Node(this YamlMappingNode record, string key) =>
        record.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
