using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>One record being read: reports problems under its label and remembers which keys read cleanly.</summary>
internal sealed class RecordScope(LoadContext context, string file, YamlMappingNode node, string label)
{
    private readonly HashSet<string> valid = new(StringComparer.Ordinal);
    private int problemsBefore;

    public LoadContext Context => context;

    public string File => file;

    public YamlMappingNode Node => node;

    /// <summary>The record's id once read, else "(record N)".</summary>
    public string Label { get; set; } = label;

    public void Report(YamlNode at, string field, string message) => context.Report(file, at, Label, field, message);

    /// <summary>Reports at the value of <paramref name="key"/>, or at the record when the key is absent.</summary>
    public void ReportAt(string key, string field, string message) => Report(ValueOf(key) ?? node, field, message);

    public YamlNode? ValueOf(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !Values.IsAbsent(value) ? value : null;

    /// <summary>True when <paramref name="key"/> was given and read without a problem.</summary>
    public bool IsValid(string key) => valid.Contains(key);

    /// <summary>A reference to the record <paramref name="id"/> of <paramref name="collection"/>, resolved once every file is loaded.</summary>
    public void Reference(string field, YamlNode at, CollectionDeclaration collection, string id, Action<object>? attach = null) =>
        context.References.Add(new SeedReference(file, Label, field, at, collection.Name, id, attach));

    /// <summary>A reference to the record <paramref name="id"/> of the collection of <typeparamref name="TTarget"/>.</summary>
    public void Reference<TTarget>(string field, YamlNode at, string id, Action<object>? attach = null)
        where TTarget : class, IRecord =>
        Reference(field, at, context.Collections.Of<TTarget>(), id, attach);

    internal void BeginField() => problemsBefore = context.Problems.Count;

    internal void EndField(string key)
    {
        if (context.Problems.Count == problemsBefore)
        {
            valid.Add(key);
        }
    }
}
