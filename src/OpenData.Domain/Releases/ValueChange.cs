namespace OpenData.Domain.Releases;

/// <summary>One field of one record changing value: null before for an added value, null after for a removed one.</summary>
public sealed record ValueChange(RecordKey Record, string Field, string? Before, string? After);
