using OpenData.Domain.Model;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// Expands every sourced record's field provenance, driven by its spec: one row per field the record gives (every
/// declared key but <c>id</c>, <c>sources</c> and <c>note</c>), with the sources that back it. A field that the record's
/// <c>fieldSources</c> names is backed by exactly the sources that list it; a field it does not name (or every field,
/// without the block) is backed by all the record's sources.
/// </summary>
internal static class ProvenanceRows
{
    public static List<FieldProvenance> Of(LoadContext context)
    {
        var rows = new List<FieldProvenance>();
        foreach (var entry in context.Records.Values.SelectMany(e => e))
        {
            if (entry.Shape is null || entry.Record is not ISourced sourced)
            {
                continue;
            }

            var position = 0;
            foreach (var (key, kind) in entry.Shape.Fields)
            {
                if (!FieldSources.CanBack(kind, key) || !entry.Has(key))
                {
                    continue;
                }

                var stated = entry.FieldSources is { } named && named.Values.Any(fields => fields.Contains(key, StringComparer.Ordinal));
                var sources = stated
                    ? sourced.Sources.Where(s => entry.FieldSources!.TryGetValue(s.Id, out var fields) && fields.Contains(key, StringComparer.Ordinal)).ToList()
                    : [.. sourced.Sources];
                var field = ApiName(key, kind);
                rows.Add(new FieldProvenance
                {
                    Id = FieldProvenance.IdOf(entry.Shape.EntityName, entry.Id, field),
                    RecordType = entry.Shape.EntityName,
                    RecordId = entry.Id,
                    Field = field,
                    Position = ++position,
                    PerField = stated,
                    Sources = sources,
                });
            }
        }

        return rows;
    }

    /// <summary>The API's name of a seed key: a reference <c>programId</c> is the field <c>program</c>.</summary>
    public static string ApiName(string key, FieldKind kind) =>
        kind == FieldKind.Reference && key.EndsWith("Id", StringComparison.Ordinal) ? key[..^2] : key;
}
