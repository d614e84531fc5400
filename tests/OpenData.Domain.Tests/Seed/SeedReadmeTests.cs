using System.Text.RegularExpressions;
using OpenData.Domain.Collections;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Seed;

/// <summary>seed/README.md documents exactly the keys the loader accepts, and which are required.</summary>
public sealed partial class SeedReadmeTests
{
    private static readonly string[] Readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "seed", "README.md"));

    public static TheoryData<string> Files => [.. DatasetCollections.All.Files.Select(c => c.Name)];

    public static TheoryData<string> Nested => [.. DatasetCollections.All.Where(c => !c.HasSeedFile).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Readme_table_lists_every_key_of_the_collection(string collection) =>
        Assert.Equal(Sorted(DatasetCollections.All.Named(collection).Keys), Sorted(TableKeys(collection)));

    [Theory]
    [MemberData(nameof(Nested))]
    public void Readme_lists_every_key_of_the_nested_records(string collection)
    {
        var nested = DatasetCollections.All.Named(collection);

        Assert.Equal(Sorted(nested.Keys), Sorted(ChildKeys(nested.NestedKey!)));
    }

    private static List<string> Sorted(IEnumerable<(string Key, bool Required)> keys) =>
        [.. keys.Select(k => (k.Required ? "*" : "") + k.Key).Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Key, bool Required)> TableKeys(string collection)
    {
        var start = Array.FindIndex(Readme, l => l.StartsWith($"### {collection}.yaml:", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no section for {collection}.yaml in seed/README.md");
        return Readme.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("###", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal))
            .Select(l => TableRow().Match(l))
            .Where(m => m.Success && m.Groups["key"].Value != "key")
            .Select(m => (m.Groups["key"].Value, m.Groups["bold"].Success));
    }

    private static IEnumerable<(string Key, bool Required)> ChildKeys(string key)
    {
        var start = Array.FindIndex(Readme, l => l.StartsWith($"Child `{key}` item", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no child description for {key} in seed/README.md");
        var text = string.Join(" ", Readme.Skip(start).TakeWhile(l => l.Length > 0));
        return ChildKey().Matches(text[text.IndexOf(':', StringComparison.Ordinal)..])
            .Select(m => (m.Groups["key"].Value, m.Groups["bold"].Success));
    }

    [GeneratedRegex(@"^\| (?:(?<bold>\*\*)(?<key>\w+)\*\*|(?<key>\w+)) \|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"(?:(?<bold>\*\*)(?<key>\w+)\*\*|(?<key>\w+)) \(")]
    private static partial Regex ChildKey();
}
