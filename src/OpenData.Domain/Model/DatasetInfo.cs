namespace OpenData.Domain.Model;

/// <summary>Written by the build (one row): the dataset version, when it was built, and the counts per collection.</summary>
public sealed class DatasetInfo
{
    public const string SingletonId = "dataset";

    public string Id { get; set; } = SingletonId;

    /// <summary>Lowercase hex SHA-256 over the seed files (see <c>SeedVersion</c>).</summary>
    public string Version { get; set; } = "";
    public DateTime BuiltAt { get; set; }

    /// <summary>Lowercase hex SHA-256 of the seed's collection files alone (without the releases), as a release records it.</summary>
    public string Content { get; set; } = "";

    /// <summary>
    /// Fingerprint of the database layout that wrote this dataset (tables, columns, indexes and build steps; see
    /// <c>DatasetLayout</c>), so that a database written by an older build of the code is rebuilt even when the
    /// seed has not changed. Empty in databases written before the fingerprint existed.
    /// </summary>
    public string Layout { get; set; } = "";
    public bool IsSynthetic { get; set; }

    /// <summary>Records per collection (children included), one row each.</summary>
    public List<DatasetCount> Counts { get => field ??= []; set; }

    /// <summary>The records of <paramref name="collection"/> (<c>programs</c>); 0 for a collection the dataset does not count.</summary>
    public int CountOf(string collection) => Counts.Find(c => c.Collection == collection)?.Count ?? 0;
}
