namespace OpenData.Domain.Model;

/// <summary>A published version of the dataset, as recorded in <c>seed/releases/releases.yaml</c>.</summary>
public sealed class Release
{
    /// <summary>The release's version label (e.g. <c>1</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>1 for the first release, then 2, 3...</summary>
    public int Position { get; set; }

    public DateOnly PublishedOn { get; set; }

    /// <summary>One line saying what the release brings.</summary>
    public string Note { get; set; } = "";

    /// <summary>SHA-256 of the seed's collection files at this release (<c>SeedVersion.ComputeContent</c>).</summary>
    public string Content { get; set; } = "";

    public int AddedCount { get; set; }
    public int ChangedCount { get; set; }
    public int RemovedCount { get; set; }
}
