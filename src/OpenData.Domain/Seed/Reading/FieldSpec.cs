using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>What a key holds, for the generic readers of a record (its values and its field provenance).</summary>
internal enum FieldKind
{
    /// <summary>A value of the record itself (text, number, date, enum, list of values or of ids).</summary>
    Value,

    /// <summary>The id of one record of another collection (<c>xId</c>; the API calls the field <c>x</c>).</summary>
    Reference,

    /// <summary>Nested child records, each a record of its own.</summary>
    Children,

    /// <summary>The record's sources.</summary>
    Sources,
}

/// <summary>One key of a record: its name, whether it is required, what it holds, and how its value is read into the record.</summary>
internal sealed class FieldSpec<T>(string key, bool required, Action<T, YamlNode, RecordScope> read, FieldKind kind = FieldKind.Value)
{
    public string Key => key;

    public bool Required => required;

    public FieldKind Kind => kind;

    public void Read(T record, YamlNode value, RecordScope scope) => read(record, value, scope);
}
