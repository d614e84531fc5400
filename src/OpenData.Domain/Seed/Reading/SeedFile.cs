using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>A seed file: the collection it holds and where its records go in the <see cref="SeedSet"/>.</summary>
internal interface ISeedFile
{
    string Collection { get; }

    IReadOnlyList<(string Key, bool Required)> Keys { get; }

    void Load(YamlSequenceNode items, LoadContext context, string file, SeedSet set);
}

internal sealed class SeedFile<T>(RecordSpec<T> spec, Func<SeedSet, List<T>> target) : ISeedFile
    where T : class, IRecord, new()
{
    public string Collection => spec.Collection;

    public IReadOnlyList<(string Key, bool Required)> Keys => spec.Keys;

    public void Load(YamlSequenceNode items, LoadContext context, string file, SeedSet set)
    {
        for (var i = 0; i < items.Children.Count; i++)
        {
            if (spec.Read(items.Children[i], context, file, $"(record {i + 1})") is { } record)
            {
                target(set).Add(record);
            }
        }
    }
}
