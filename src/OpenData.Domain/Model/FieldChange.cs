namespace OpenData.Domain.Model;

/// <summary>One field of a <see cref="RecordChange"/>: its value before and after (null where the field had no value).</summary>
public sealed class FieldChange
{
    /// <summary>"<c>changeId:field</c>".</summary>
    public string Id { get; set; } = "";

    public string ChangeId { get; set; } = "";

    public RecordChange? Change { get; set; }

    /// <summary>The field's key in the seed files (e.g. <c>amount</c>, <c>programId</c>, <c>sources</c>).</summary>
    public string Field { get; set; } = "";

    public int Position { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
