using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// The <c>alsoConcerns</c> key of a conflict: the other records the dispute concerns, as a mapping of entity name to a
/// list of ids (<c>Municipality: [durango, lerdo]</c>). Each id must resolve; the record then lists the conflict.
/// </summary>
internal static class ConflictConcerns
{
    public const string Key = "alsoConcerns";

    public static FieldSpec<Conflict> Field() => new(Key, false, Read);

    private static void Read(Conflict conflict, YamlNode node, RecordScope scope)
    {
        if (node is not YamlMappingNode mapping)
        {
            scope.Report(node, Key, $"expected a mapping of entity names to lists of ids (e.g. Municipality: [durango]), found {Values.Describe(node)}");
            return;
        }

        var subjectTypes = scope.Context.Collections.SubjectTypes;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var type = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!subjectTypes.TryGetValue(type, out var collection))
            {
                scope.Report(keyNode, Key, $"'{type}' is not one of {string.Join(", ", subjectTypes.Keys)}");
                continue;
            }

            if (value is not YamlSequenceNode ids || ids.Children.Count == 0)
            {
                scope.Report(value, Key, $"expected a non-empty list of {type} ids, found {(value is YamlSequenceNode ? "an empty list" : Values.Describe(value))}");
                continue;
            }

            foreach (var item in ids.Children)
            {
                if (item is not YamlScalarNode scalar || Values.IsAbsent(item))
                {
                    scope.Report(item, Key, $"expected a {type} id in the list, found {(item is YamlScalarNode ? "an empty item" : Values.Describe(item))}");
                    continue;
                }

                var id = scalar.Value!.Trim();
                var text = type + ":" + id;
                if (conflict.AlsoConcerns.Contains(text))
                {
                    scope.Report(item, Key, $"'{id}' is listed twice under {type}");
                    continue;
                }

                if (scope.ValueOf("subjectType") is YamlScalarNode subjectType && subjectType.Value == type
                    && scope.ValueOf("subjectId") is YamlScalarNode subjectId && subjectId.Value?.Trim() == id)
                {
                    scope.Report(item, Key, $"'{id}' is the conflict's subject already; list only the other records");
                    continue;
                }

                conflict.AlsoConcerns.Add(text);
                scope.Reference(Key, item, collection, id, subject => ((IConflictSubject)subject).Conflicts.Add(conflict));
            }
        }
    }
}
