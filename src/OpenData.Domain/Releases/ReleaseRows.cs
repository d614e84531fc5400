using OpenData.Domain.Model;

namespace OpenData.Domain.Releases;

/// <summary>
/// The database rows the recorded releases give: one <see cref="Release"/> each; the <see cref="RecordChange"/>s from every
/// release (and from before the first) to the latest, and from each release to the next; and when each record of the
/// latest release was first published and last changed. Computed from the release files alone, so every build of the
/// same files writes the same rows.
/// </summary>
public static class ReleaseRows
{
    public static (List<Release> Releases, List<RecordChange> Changes, List<RecordPublication> Publications) Of(IReadOnlyList<RecordedRelease> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var releases = new List<Release>();
        var changes = new Dictionary<string, RecordChange>(StringComparer.Ordinal);
        if (recorded.Count == 0)
        {
            return (releases, [], []);
        }

        var states = new List<DatasetSnapshot> { new() };
        states.AddRange(recorded.Select(r => r.Snapshot));
        string Label(int index) => index == 0 ? "" : recorded[index - 1].Version;

        var firstSeen = new Dictionary<RecordKey, int>();
        var lastChanged = new Dictionary<RecordKey, int>();
        for (var k = 1; k <= recorded.Count; k++)
        {
            var step = Compare(Label(k - 1), Label(k), states[k - 1], states[k]);
            foreach (var change in step)
            {
                change.IsStep = true;
                changes.TryAdd(change.Id, change);
                var key = new RecordKey(change.RecordType, change.RecordId);
                firstSeen.TryAdd(key, k);
                lastChanged[key] = k;
            }

            var release = recorded[k - 1];
            releases.Add(new Release
            {
                Id = release.Version,
                Position = k,
                PublishedOn = release.PublishedOn,
                Note = release.Note,
                Content = release.Content,
                AddedCount = step.Count(c => c.Kind == ChangeKind.Added),
                ChangedCount = step.Count(c => c.Kind == ChangeKind.Changed),
                RemovedCount = step.Count(c => c.Kind == ChangeKind.Removed),
            });
        }

        var latest = recorded.Count;
        for (var i = 0; i < latest - 1; i++)
        {
            foreach (var change in Compare(Label(i), Label(latest), states[i], states[latest]))
            {
                changes.TryAdd(change.Id, change);
            }
        }

        var publications = states[latest].Records.Keys
            .Select(key => new RecordPublication
            {
                Id = RecordPublication.IdOf(key.Type, key.Id),
                RecordType = key.Type,
                RecordId = key.Id,
                FirstReleaseId = Label(firstSeen[key]),
                FirstPublishedOn = recorded[firstSeen[key] - 1].PublishedOn,
                LastChangedReleaseId = Label(lastChanged[key]),
                LastChangedOn = recorded[lastChanged[key] - 1].PublishedOn,
            })
            .ToList();
        return (releases, [.. changes.Values.OrderBy(c => c.Id, StringComparer.Ordinal)], publications);
    }

    /// <summary>The records that differ between two states, each with its changed fields (the id aside).</summary>
    public static List<RecordChange> Compare(string since, string until, DatasetSnapshot before, DatasetSnapshot after)
    {
        var result = new List<RecordChange>();
        foreach (var group in SnapshotDiff.Between(before, after).GroupBy(c => c.Record))
        {
            var existed = before.Records.ContainsKey(group.Key);
            var exists = after.Records.ContainsKey(group.Key);
            var change = new RecordChange
            {
                Id = RecordChange.IdOf(since, until, group.Key.Type, group.Key.Id),
                SinceReleaseId = since,
                UntilReleaseId = until,
                RecordType = group.Key.Type,
                RecordId = group.Key.Id,
                Kind = !existed ? ChangeKind.Added : !exists ? ChangeKind.Removed : ChangeKind.Changed,
            };
            var position = 0;
            foreach (var value in group.Where(v => v.Field != DatasetSnapshot.IdField))
            {
                change.Fields.Add(new FieldChange
                {
                    Id = change.Id + ":" + value.Field,
                    ChangeId = change.Id,
                    Field = value.Field,
                    Position = ++position,
                    Before = value.Before,
                    After = value.After,
                });
            }

            result.Add(change);
        }

        return result;
    }
}
