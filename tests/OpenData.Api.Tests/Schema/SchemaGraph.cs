using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

/// <summary>
/// The served schema as a graph of object types and their fields, read by introspection over HTTP: which types
/// implement Node, and how to reach each from Query.
/// </summary>
public sealed class SchemaGraph
{
    private const string Introspection = """
        {
          node: __type(name: "Node") { possibleTypes { name } }
          __schema {
            queryType { name }
            types {
              name kind
              interfaces { name }
              fields { name args { type { kind } defaultValue } type { ...Ref } }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, List<(string Field, string Type)>> _fields;
    private readonly string _query;

    private SchemaGraph(IReadOnlyList<string> nodeTypes, Dictionary<string, List<(string Field, string Type)>> fields, string query)
    {
        NodeTypes = nodeTypes;
        _fields = fields;
        _query = query;
    }

    /// <summary>The types that implement Node, in name order.</summary>
    public IReadOnlyList<string> NodeTypes { get; }

    public static async Task<SchemaGraph> ReadAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.DataAsync(Introspection);
        var schema = data.GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToList();
        var possible = data.GetProperty("node").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
        var implementing = types
            .Where(t => t.GetProperty("interfaces").ValueKind == JsonValueKind.Array
                && t.GetProperty("interfaces").EnumerateArray().Any(i => i.GetProperty("name").GetString() == "Node"))
            .Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(possible, implementing);

        var fields = types
            .Where(t => t.GetProperty("kind").GetString() == "OBJECT" && !t.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(
                t => t.GetProperty("name").GetString()!,
                t => t.GetProperty("fields").EnumerateArray()
                    .Where(f => !f.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal) && !HasRequiredArgument(f))
                    .Select(f => (f.GetProperty("name").GetString()!, NamedType(f.GetProperty("type"))))
                    .ToList(),
                StringComparer.Ordinal);
        return new SchemaGraph(possible, fields, schema.GetProperty("queryType").GetProperty("name").GetString()!);
    }

    /// <summary>The fewest fields from Query to a field of <paramref name="type"/> (or a list of it); null when none.</summary>
    public IReadOnlyList<string>? ShortestPathTo(string type)
    {
        var previous = new Dictionary<string, (string From, string Field)>(StringComparer.Ordinal);
        var queue = new Queue<string>([_query]);
        var seen = new HashSet<string>([_query], StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var (field, target) in _fields.GetValueOrDefault(current) ?? [])
            {
                if (!_fields.ContainsKey(target) || !seen.Add(target))
                {
                    continue;
                }

                previous[target] = (current, field);
                if (target == type)
                {
                    var path = new List<string>();
                    for (var at = type; at != _query; at = previous[at].From)
                    {
                        path.Insert(0, previous[at].Field);
                    }

                    return path;
                }

                queue.Enqueue(target);
            }
        }

        return null;
    }

    /// <summary>The selection that follows <paramref name="path"/> and selects <paramref name="leaf"/> at its end.</summary>
    public static string Selection(IReadOnlyList<string> path, string leaf)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Concat(path.Select(field => field + " { ")) + leaf + string.Concat(Enumerable.Repeat(" }", path.Count));
    }

    /// <summary>Every object <paramref name="depth"/> fields below <paramref name="data"/>, lists flattened and nulls skipped.</summary>
    public static IEnumerable<JsonElement> Leaves(JsonElement data, int depth)
    {
        IEnumerable<JsonElement> level = [data];
        for (var i = 0; i < depth; i++)
        {
            level = level.SelectMany(element => element.EnumerateObject().Select(p => p.Value)).SelectMany(Flatten);
        }

        return level.Select(e => (JsonElement?)e).Where(e => e is { ValueKind: JsonValueKind.Object }).Select(e => e!.Value);

        static IEnumerable<JsonElement> Flatten(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : value.ValueKind == JsonValueKind.Null ? [] : [value];
    }

    private static bool HasRequiredArgument(JsonElement field) =>
        field.GetProperty("args").EnumerateArray().Any(a => a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL"
            && a.GetProperty("defaultValue").ValueKind == JsonValueKind.Null);

    private static string NamedType(JsonElement type)
    {
        while (type.GetProperty("name").ValueKind == JsonValueKind.Null)
        {
            type = type.GetProperty("ofType");
        }

        return type.GetProperty("name").GetString()!;
    }
}
