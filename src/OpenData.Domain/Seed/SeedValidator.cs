using OpenData.Domain.Collections;
using OpenData.Domain.Releases;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Seed;

/// <summary>
/// Checks a seed directory and reports ALL problems in one run: YAML syntax, encoding, required
/// fields, types, enum values, slugs, partial dates, URLs, amounts, sources, unique ids, records
/// sorted by id, references (conflict subjects included), positions unique within their parent, and
/// shares of money records (same measure as their whole, no cycle, never larger than the whole).
/// </summary>
public static class SeedValidator
{
    /// <summary>Validates the seed in <paramref name="seedDir"/>; problems name files as <c>seedDir/&lt;file&gt;.yaml</c>.</summary>
    public static SeedValidation Validate(string seedDir) => Validate(seedDir, DatasetCollections.All);

    /// <summary>Validates the seed of <paramref name="collections"/> in <paramref name="seedDir"/>.</summary>
    public static SeedValidation Validate(string seedDir, DatasetCollections collections)
    {
        ArgumentNullException.ThrowIfNull(seedDir);
        ArgumentNullException.ThrowIfNull(collections);
        if (!Directory.Exists(seedDir))
        {
            throw new DirectoryNotFoundException($"seed directory '{seedDir}' does not exist");
        }

        var (context, version, content) = SeedLoader.Load(seedDir, collections);
        var set = context.Set;
        CheckUniqueIds(context);
        CheckSortedById(context);
        ResolveReferences(context);
        foreach (var collection in collections)
        {
            collection.CheckAcross(context);
        }

        set.Content = content;
        set.Releases = ReleaseLog.Read(seedDir, context.Problems);
        if (context.Problems.Count == 0)
        {
            set.FieldProvenance.AddRange(ProvenanceRows.Of(context));
            set.Snapshot = RecordValues.Snapshot(context);
        }

        var problems = context.Problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
        return new SeedValidation(problems, set, version);
    }

    private static void CheckUniqueIds(LoadContext context)
    {
        foreach (var entries in context.Records.Values)
        {
            foreach (var group in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1))
                {
                    context.Report(duplicate.File, duplicate.NodeOf("id"), duplicate.Id, "id",
                        $"duplicate id '{duplicate.Id}' (first used at {first.File}:{first.NodeOf("id").Start.Line})");
                }
            }
        }
    }

    private static void CheckSortedById(LoadContext context)
    {
        foreach (var collection in context.Collections.Files)
        {
            if (!context.Records.TryGetValue(collection.Name, out var entries))
            {
                continue;
            }

            for (var i = 1; i < entries.Count; i++)
            {
                var (previous, current) = (entries[i - 1], entries[i]);
                if (string.CompareOrdinal(previous.Id, current.Id) > 0)
                {
                    context.Report(current.File, current.NodeOf("id"), current.Id, "id",
                        $"'{current.Id}' is out of order: records are sorted by id, so it must come before '{previous.Id}'");
                }
            }
        }
    }

    private static void ResolveReferences(LoadContext context)
    {
        var byId = context.Records.ToDictionary(
            p => p.Key,
            p => p.Value.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var reference in context.References)
        {
            if (context.Unreadable.Contains(reference.Collection))
            {
                continue;
            }

            if (byId.TryGetValue(reference.Collection, out var targets) && targets.TryGetValue(reference.Id, out var target))
            {
                reference.Attach?.Invoke(target.Record);
            }
            else
            {
                context.Report(reference.File, reference.At, reference.Record, reference.Field,
                    $"'{reference.Id}' is not an id in {reference.Collection}.yaml");
            }
        }
    }
}
