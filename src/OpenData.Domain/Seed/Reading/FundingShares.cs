using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>
/// Checks every share (a funding record with <c>partOfId</c>) once references are resolved: its whole measures the
/// same thing, the chain of wholes never comes back to the share, and a stated share is not larger than its stated
/// whole. A missing whole is reported by the reference check; a share of itself by <see cref="RecordChecks"/>.
/// </summary>
internal static class FundingShares
{
    public static void Check(LoadContext context, CollectionDeclaration collection)
    {
        if (!context.Records.TryGetValue(collection.Name, out var entries))
        {
            return;
        }

        var byId = entries.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var share = (FundingRecord)entry.Record;
            if (share.PartOfId is null || share.PartOfId == share.Id || !byId.TryGetValue(share.PartOfId, out var wholeEntry))
            {
                continue;
            }

            var whole = (FundingRecord)wholeEntry.Record;
            var at = entry.NodeOf("partOfId");
            if (HasValidMeasure(entry) && HasValidMeasure(wholeEntry) && whole.Measure != share.Measure)
            {
                context.Report(entry.File, at, entry.Id, "partOfId",
                    $"'{whole.Id}' measures {EnumText.Format(whole.Measure)} but this share measures {EnumText.Format(share.Measure)}; a share measures the same as the record it is part of");
            }

            if (CycleThrough(share, byId) is { } cycle)
            {
                context.Report(entry.File, at, entry.Id, "partOfId", $"shares form a cycle ({cycle}); a share cannot contain its own whole");
            }
            else if (share.Amount is { } part && whole.Amount is { } total && part > total)
            {
                context.Report(entry.File, at, entry.Id, "partOfId", $"the share ({part}) is larger than '{whole.Id}' ({total})");
            }
        }
    }

    private static bool HasValidMeasure(SeedRecordEntry entry) =>
        entry.NodeOf("measure") is YamlScalarNode { Value: { } text } && EnumText.TryParse<MoneyMeasure>(text.Trim(), out _);

    /// <summary>"a → b → a" when following partOfId from <paramref name="start"/> comes back to it; else null.</summary>
    private static string? CycleThrough(FundingRecord start, Dictionary<string, SeedRecordEntry> byId)
    {
        var path = new List<string> { start.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var current = start;
        while (current.PartOfId is { } next && byId.TryGetValue(next, out var entry))
        {
            path.Add(next);
            if (next == start.Id)
            {
                return string.Join(" → ", path);
            }

            if (!seen.Add(next))
            {
                return null; // a cycle further up, reported at its own members
            }

            current = (FundingRecord)entry.Record;
        }

        return null;
    }
}
