namespace OpenData.Domain.Model;

/// <summary>
/// A record that differs between release <see cref="SinceReleaseId"/> (empty: before the first release) and release
/// <see cref="UntilReleaseId"/>, with the fields that changed. The build writes the changes from every release to the
/// latest one, and from each release to the next.
/// </summary>
public sealed class RecordChange
{
    /// <summary>"<c>since..until:RecordType:recordId</c>".</summary>
    public string Id { get; set; } = "";

    /// <summary>The release compared from; empty for "before the first release".</summary>
    public string SinceReleaseId { get; set; } = "";

    public string UntilReleaseId { get; set; } = "";

    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    public ChangeKind Kind { get; set; }

    /// <summary>True when <see cref="SinceReleaseId"/> is the release right before <see cref="UntilReleaseId"/>: what that release changed.</summary>
    public bool IsStep { get; set; }

    public List<FieldChange> Fields { get => field ??= []; set; }

    public static string IdOf(string since, string until, string recordType, string recordId) => $"{since}..{until}:{recordType}:{recordId}";
}
