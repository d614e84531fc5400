using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// The optional <c>fieldSources</c> block of a sourced record: which of the record's sources back which of its fields,
/// as a mapping of source id to a list of keys (<c>src-ammjum-durango: [address, phone]</c>). A field the block names is
/// backed by exactly the sources that list it; a field it does not name keeps all the record's sources, as without the
/// block. A source the block does not name then backs only the fields the block leaves unnamed.
/// </summary>
internal static class FieldSources
{
    public const string Key = "fieldSources";

    /// <summary>The keys a source can back: every declared key but <c>id</c>, <c>sources</c> and the compilation's own <c>note</c>.</summary>
    public static bool CanBack(FieldKind kind, string key) => kind != FieldKind.Sources && key != "note";

    /// <summary>Reads and checks the block; every problem is reported at its line. Null when the block is unusable.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? Read(YamlNode node, IRecordShape shape, RecordScope scope)
    {
        if (node is not YamlMappingNode mapping)
        {
            scope.Report(node, Key, $"expected a mapping of source ids to lists of fields, found {Values.Describe(node)}");
            return null;
        }

        var recordSources = scope.ValueOf("sources") is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];
        var backable = shape.Fields.Where(f => CanBack(f.Kind, f.Key)).Select(f => f.Key).ToList();
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var source = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!recordSources.Contains(source))
            {
                scope.Report(keyNode, Key, $"'{source}' is not one of this record's sources ({string.Join(", ", recordSources.Order(StringComparer.Ordinal))})");
                continue;
            }

            if (value is not YamlSequenceNode fields || fields.Children.Count == 0)
            {
                scope.Report(value, Key, $"expected a non-empty list of the fields '{source}' backs, found {Values.Describe(value)}");
                continue;
            }

            var named = new List<string>();
            foreach (var item in fields.Children)
            {
                var field = (item as YamlScalarNode)?.Value?.Trim() ?? "";
                if (!backable.Contains(field, StringComparer.Ordinal))
                {
                    scope.Report(item, Key, $"'{field}' is not a field of {shape.EntityName} that a source can back (one of {string.Join(", ", backable)})");
                }
                else if (scope.ValueOf(field) is null)
                {
                    scope.Report(item, Key, $"'{field}' has no value in this record");
                }
                else if (named.Contains(field, StringComparer.Ordinal))
                {
                    scope.Report(item, Key, $"'{field}' is listed twice for '{source}'");
                }
                else
                {
                    named.Add(field);
                }
            }

            result[source] = named;
        }

        return result;
    }
}
