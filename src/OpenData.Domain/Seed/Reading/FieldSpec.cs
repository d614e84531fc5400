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

/// <summary>
/// One key of a record: its name, whether it is required, what it holds, how its value is read into the record, and the
/// entity type it references or nests (<paramref name="target"/>), if any.
/// </summary>
internal sealed class FieldSpec<T>(string key, bool required, Action<T, YamlNode, RecordScope> read, FieldKind kind = FieldKind.Value, Type? target = null)
{
    public string Key => key;

    public bool Required => required;

    public FieldKind Kind => kind;

    /// <summary>The entity type whose ids the key holds, or whose records it nests; null for a value.</summary>
    public Type? Target => target;

    public void Read(T record, YamlNode value, RecordScope scope) => read(record, value, scope);
}
