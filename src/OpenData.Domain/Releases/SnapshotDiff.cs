namespace OpenData.Domain.Releases;

/// <summary>The value changes between two snapshots, in record then field order.</summary>
public static class SnapshotDiff
{
    public static IReadOnlyList<ValueChange> Between(DatasetSnapshot before, DatasetSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ValueChange>();
        var records = new SortedSet<RecordKey>(before.Records.Keys.Concat(after.Records.Keys));
        foreach (var record in records)
        {
            before.Records.TryGetValue(record, out var old);
            after.Records.TryGetValue(record, out var @new);
            var fields = new SortedSet<string>((old?.Keys ?? Enumerable.Empty<string>()).Concat(@new?.Keys ?? Enumerable.Empty<string>()), DatasetSnapshot.FieldOrder);
            foreach (var field in fields)
            {
                string? a = null, b = null;
                old?.TryGetValue(field, out a);
                @new?.TryGetValue(field, out b);
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    changes.Add(new ValueChange(record, field, a, b));
                }
            }
        }

        return changes;
    }

    /// <summary>Applies <paramref name="changes"/> to a copy of <paramref name="snapshot"/>.</summary>
    public static DatasetSnapshot Apply(DatasetSnapshot snapshot, IEnumerable<ValueChange> changes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(changes);
        var result = snapshot.Clone();
        foreach (var change in changes)
        {
            result.Set(change.Record, change.Field, change.After);
        }

        return result;
    }
}
