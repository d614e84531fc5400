using System.Collections.Frozen;
using System.Text;
using GraphQL.Types;
using OpenData.Api.Collections;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.Api.Records;

/// <summary>
/// Every kind of record that has a page: each collection of <see cref="ApiCollections"/>, its fields read from its
/// GraphQL type. Its address segment (<c>HistoryEvent</c> → <c>history-event</c>), its fields with Spanish labels taken
/// from their descriptions, and the query that loads one record are derived here, so a new collection needs no page code.
/// </summary>
public sealed class RecordKinds
{
    private readonly FrozenDictionary<string, RecordKind> _bySegment;
    private readonly FrozenDictionary<string, RecordKind> _byType;

    public RecordKinds(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        var kinds = ApiCollections.All
            .Select(collection => Describe(collection, schema.AllTypes[collection.TypeName] as IObjectGraphType
                ?? throw new InvalidOperationException($"The schema has no object type {collection.TypeName}.")))
            .OrderBy(kind => kind.TypeName, StringComparer.Ordinal)
            .ToList();
        All = kinds;
        _bySegment = kinds.ToFrozenDictionary(k => k.Segment, StringComparer.Ordinal);
        _byType = kinds.ToFrozenDictionary(k => k.TypeName, StringComparer.Ordinal);
    }

    public IReadOnlyList<RecordKind> All { get; }

    public RecordKind? FindBySegment(string segment) => _bySegment.GetValueOrDefault(segment);

    public RecordKind? FindByType(string typeName) => _byType.GetValueOrDefault(typeName);

    /// <summary>The page of a record: <c>/registros/{kind}/{slug}</c>.</summary>
    public static string PathOf(string typeName, string slug) =>
        $"/registros/{Segment(typeName)}/{Uri.EscapeDataString(slug)}";

    /// <summary><c>HistoryEvent</c> → <c>history-event</c>.</summary>
    public static string Segment(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var text = new StringBuilder(typeName.Length + 4);
        for (var i = 0; i < typeName.Length; i++)
        {
            var c = typeName[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>A short Spanish label from a description: its first clause ("Fecha de firma: texto…" → "Fecha de firma").</summary>
    public static string Label(string? description, string fallback)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return fallback;
        }

        var end = description.IndexOfAny([':', '.', ';', ',', '(']);
        var label = (end > 0 ? description[..end] : description).Trim();
        return label.Length == 0 ? fallback : label;
    }

    private static RecordKind Describe(ApiCollection collection, IObjectGraphType type)
    {
        var fields = new List<RecordField>();
        foreach (var field in type.Fields)
        {
            // A partial date is published as text plus its start, end and precision: the page shows the text.
            if (field.Arguments is { Count: > 0 } || field.ResolvedType is null || field.IsFlatValuePart())
            {
                continue;
            }

            var (named, isList) = Unwrap(field.ResolvedType);
            var shape = named switch
            {
                _ when field.Name is "sources" && named.Name == "Source" => FieldShape.Sources,
                _ when field.Name is "conflicts" && named.Name == "Conflict" => FieldShape.Conflicts,
                EnumerationGraphType => isList ? FieldShape.ScalarList : FieldShape.Enum,
                ScalarGraphType => isList ? FieldShape.ScalarList : FieldShape.Scalar,
                IInterfaceGraphType or IObjectGraphType when IsNode(named) => isList ? FieldShape.NodeList : FieldShape.Node,
                IObjectGraphType => isList ? FieldShape.CompositeList : FieldShape.Composite,
                _ => FieldShape.Skip,
            };
            if (shape == FieldShape.Skip)
            {
                continue;
            }

            fields.Add(new RecordField(field.Name, Label(field.Description, field.Name), field.Description, shape, named));
        }

        // Read like a card: the name first, then a summary, the other fields as declared, and the editorial note and slug last.
        var display = DisplayFieldOf(type);
        string[] first = [display, "summary", "description", "definition"];
        string[] last = ["note", "slug", "id"];
        var ordered = fields
            .OrderBy(f => Array.IndexOf(first, f.Name) is var i and >= 0 ? i : first.Length)
            .ThenBy(f => Array.IndexOf(last, f.Name))
            .ToList();
        return new RecordKind(type.Name, Segment(type.Name), type.Description, ordered, display, collection.ByIdField, collection.Root is null ? null : collection.Name);
    }

    /// <summary>The field a record is named by in links: its title, name, term... or else its slug.</summary>
    public static string DisplayFieldOf(IComplexGraphType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        string[] candidates = ["title", "name", "term", "topic", "role", "value", "summary"];
        return candidates.FirstOrDefault(name => type.GetField(name) is { } field && Unwrap(field.ResolvedType!).Named is ScalarGraphType) ?? "slug";
    }

    internal static bool IsNode(IGraphType type) => type switch
    {
        IInterfaceGraphType i => i.Name == "Node",
        IObjectGraphType o => o.ResolvedInterfaces.Any(i => i.Name == "Node"),
        _ => false,
    };

    internal static (IGraphType Named, bool IsList) Unwrap(IGraphType type)
    {
        var isList = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType!;
                    break;
                case ListGraphType list:
                    isList = true;
                    type = list.ResolvedType!;
                    break;
                default:
                    return (type, isList);
            }
        }
    }
}

/// <summary>One kind of record: its GraphQL type, address segment, description, fields, and how to query and download it.</summary>
public sealed record RecordKind(
    string TypeName,
    string Segment,
    string? Description,
    IReadOnlyList<RecordField> Fields,
    string DisplayField,
    string? LookupField,
    string? Collection);

/// <summary>One field of a record page: its GraphQL name, Spanish label and description, and how it is shown.</summary>
public sealed record RecordField(string Name, string Label, string? Description, FieldShape Shape, IGraphType Type);

/// <summary>How a field is loaded and shown on a record page.</summary>
public enum FieldShape
{
    Skip,
    Scalar,
    ScalarList,
    Enum,
    Node,
    NodeList,
    Composite,
    CompositeList,
    Sources,
    Conflicts,
}
