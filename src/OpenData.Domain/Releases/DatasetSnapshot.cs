namespace OpenData.Domain.Releases;

/// <summary>
/// The values of every record of a dataset state, as normalized text: record (type, id) to field key to value. A record
/// exists when it has the field <see cref="IdField"/> (its id). Sorted ordinally, so that it reads and writes the same way
/// every time.
/// </summary>
public sealed class DatasetSnapshot
{
    /// <summary>The field every record has: its id.</summary>
    public const string IdField = "id";

    public SortedDictionary<RecordKey, SortedDictionary<string, string>> Records { get; } = new();

    public static IComparer<string> FieldOrder { get; } = Comparer<string>.Create((a, b) =>
        a == b ? 0 : a == IdField ? -1 : b == IdField ? 1 : string.CompareOrdinal(a, b));

    public string? ValueOf(RecordKey record, string field) =>
        Records.TryGetValue(record, out var fields) && fields.TryGetValue(field, out var value) ? value : null;

    public void Set(RecordKey record, string field, string? value)
    {
        if (!Records.TryGetValue(record, out var fields))
        {
            if (value is null)
            {
                return;
            }

            fields = new SortedDictionary<string, string>(FieldOrder);
            Records.Add(record, fields);
        }

        if (value is null)
        {
            fields.Remove(field);
            if (fields.Count == 0)
            {
                Records.Remove(record);
            }
        }
        else
        {
            fields[field] = value;
        }
    }

    public DatasetSnapshot Clone()
    {
        var copy = new DatasetSnapshot();
        foreach (var (key, fields) in Records)
        {
            copy.Records.Add(key, new SortedDictionary<string, string>(fields, FieldOrder));
        }

        return copy;
    }
}

/// <summary>A record of any type: its type name and id, ordered by type then id (ordinal).</summary>
public readonly record struct RecordKey(string Type, string Id) : IComparable<RecordKey>
{
    public int CompareTo(RecordKey other)
    {
        var byType = string.CompareOrdinal(Type, other.Type);
        return byType != 0 ? byType : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Type}:{Id}";

    public static bool operator <(RecordKey left, RecordKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(RecordKey left, RecordKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(RecordKey left, RecordKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(RecordKey left, RecordKey right) => left.CompareTo(right) >= 0;
}
