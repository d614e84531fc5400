using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>One key of a record: its name, whether it is required, and how its value is read into the record.</summary>
internal sealed class FieldSpec<T>(string key, bool required, Action<T, YamlNode, RecordScope> read)
{
    public string Key => key;

    public bool Required => required;

    public void Read(T record, YamlNode value, RecordScope scope) => read(record, value, scope);
}
