namespace OpenData.Domain.Releases;

/// <summary>One release as recorded: its entry in releases.yaml, the value changes of its file, and the state after it.</summary>
public sealed record RecordedRelease(
    string Version, DateOnly PublishedOn, string Note, string Content, IReadOnlyList<ValueChange> Changes, DatasetSnapshot Snapshot);
