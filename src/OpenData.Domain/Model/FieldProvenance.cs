namespace OpenData.Domain.Model;

/// <summary>
/// Which sources back one field of one record. Written by the build from the seed: a record without a
/// <c>fieldSources</c> block gets all its sources on every field (<see cref="PerField"/> false).
/// </summary>
public sealed class FieldProvenance : ISourced
{
    /// <summary>"<c>RecordType:recordId:field</c>".</summary>
    public string Id { get; set; } = "";

    /// <summary>The record's type name (GraphQL), e.g. <c>FundingRecord</c>.</summary>
    public string RecordType { get; set; } = "";

    /// <summary>The record's slug.</summary>
    public string RecordId { get; set; } = "";

    /// <summary>The field's API name (a seed key <c>xId</c> is the field <c>x</c>).</summary>
    public string Field { get; set; } = "";

    /// <summary>Order of the field within its record (the order of the seed format).</summary>
    public int Position { get; set; }

    /// <summary>True when the record names the sources of this field; false when it inherits all the record's sources.</summary>
    public bool PerField { get; set; }

    public List<Source> Sources { get => field ??= []; set; }

    public static string IdOf(string recordType, string recordId, string field) => $"{recordType}:{recordId}:{field}";
}
