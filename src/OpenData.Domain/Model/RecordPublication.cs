namespace OpenData.Domain.Model;

/// <summary>When a record was first published and when it last changed, by release.</summary>
public sealed class RecordPublication
{
    /// <summary>"<c>RecordType:recordId</c>".</summary>
    public string Id { get; set; } = "";

    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string FirstReleaseId { get; set; } = "";

    public DateOnly FirstPublishedOn { get; set; }

    public string LastChangedReleaseId { get; set; } = "";

    public DateOnly LastChangedOn { get; set; }

    public static string IdOf(string recordType, string recordId) => $"{recordType}:{recordId}";
}
