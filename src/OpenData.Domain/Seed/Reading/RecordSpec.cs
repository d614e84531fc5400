using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// How one kind of record is read from a YAML mapping: its keys, and the checks across its fields.
/// Reading never throws on bad input: every problem is reported to the <see cref="LoadContext"/>.
/// </summary>
internal sealed class RecordSpec<T> : IRecordShape
    where T : class, IRecord, new()
{
    private const string IdKey = "id";
    private static readonly Action<T, string> SetId = typeof(T).GetProperty(nameof(IRecord.Id))!.SetMethod!.CreateDelegate<Action<T, string>>();
    private readonly CollectionDeclaration<T> collection;
    private readonly Dictionary<string, FieldSpec<T>> fields;
    private readonly List<(string Key, FieldKind Kind)> declared;
    private readonly List<FieldSpec<T>> all;

    public RecordSpec(CollectionDeclaration<T> collection, FieldSpec<T>[] fields)
    {
        this.collection = collection;
        all = [.. fields];
        this.fields = all.ToDictionary(f => f.Key, StringComparer.Ordinal);
        declared = [.. all.Select(f => (f.Key, f.Kind))];
        this.fields.Add(IdKey, new FieldSpec<T>(IdKey, true, (r, node, scope) =>
        {
            if (node is not YamlScalarNode scalar)
            {
                scope.Report(node, IdKey, $"expected an id, found {Values.Describe(node)}");
                return;
            }

            var id = scalar.Value!.Trim();
            if (Values.CheckSlug(id) is { } error)
            {
                scope.Report(node, IdKey, error);
                return;
            }

            SetId(r, id);
            scope.Label = id;
        }));
    }

    public string Collection => collection.Name;

    public string EntityName => collection.TypeName;

    /// <summary>Every key with whether it is required (what seed/README.md documents).</summary>
    public IReadOnlyList<(string Key, bool Required)> Keys => [.. fields.Values.Select(f => (f.Key, f.Required))];

    /// <summary>The declared keys (without <c>id</c>) in declaration order, with what each holds.</summary>
    public IReadOnlyList<(string Key, FieldKind Kind)> Fields => declared;

    /// <summary>The entity types the keys reference (by id, list of ids or sources), in declaration order.</summary>
    public IEnumerable<Type> References => all.Where(f => f.Target is not null && f.Kind != FieldKind.Children).Select(f => f.Target!).Distinct();

    /// <summary>The keys that nest child records, with the children's entity types.</summary>
    public IEnumerable<(string Key, Type Type)> Nested => all.Where(f => f.Kind == FieldKind.Children).Select(f => (f.Key, f.Target!));

    /// <summary>Reads every record of a seed file's list.</summary>
    public void ReadAll(YamlSequenceNode items, LoadContext context, string file)
    {
        for (var i = 0; i < items.Children.Count; i++)
        {
            Read(items.Children[i], context, file, $"(record {i + 1})");
        }
    }

    private bool HasSources => declared.Exists(f => f.Kind == FieldKind.Sources);

    /// <summary>Reads one record; null when <paramref name="node"/> is not a mapping.</summary>
    public T? Read(YamlNode node, LoadContext context, string file, string fallbackLabel)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Report(file, node, fallbackLabel, "", $"expected a record (a mapping of keys to values), found {Values.Describe(node)}");
            return null;
        }

        var record = new T();
        var scope = new RecordScope(context, file, mapping, fallbackLabel);
        if (scope.ValueOf(IdKey) is { } idNode)
        {
            ReadField(fields[IdKey], record, idNode, scope);
        }

        YamlNode? fieldSourcesNode = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == IdKey)
            {
                continue;
            }

            if (key == FieldSources.Key && HasSources)
            {
                fieldSourcesNode = Values.IsAbsent(value) ? null : value;
                continue;
            }

            if (!fields.TryGetValue(key, out var field))
            {
                scope.Report(keyNode, key, $"'{key}' is not a field of {EntityName} (see seed/README.md)");
            }
            else if (!Values.IsAbsent(value))
            {
                ReadField(field, record, value, scope);
            }
        }

        foreach (var field in fields.Values.Where(f => f.Required && scope.ValueOf(f.Key) is null))
        {
            scope.Report(mapping, field.Key, "is required");
        }

        collection.Check(record, scope);
        var fieldSources = fieldSourcesNode is null ? null : FieldSources.Read(fieldSourcesNode, this, scope);
        if (scope.IsValid(IdKey))
        {
            context.Register(new SeedRecordEntry(Collection, record.Id, record, file, mapping, this, fieldSources));
        }

        context.Set.Add(collection, record);
        return record;
    }

    private static void ReadField(FieldSpec<T> field, T record, YamlNode value, RecordScope scope)
    {
        scope.BeginField();
        field.Read(record, value, scope);
        scope.EndField(field.Key);
    }
}
