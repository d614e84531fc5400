using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>What the generic readers need of a record spec: the entity name and the declared keys with what they hold.</summary>
internal interface IRecordShape
{
    /// <summary>The entity (GraphQL type) name, e.g. <c>FundingRecord</c> or <c>Program</c>.</summary>
    string EntityName { get; }

    /// <summary>The declared keys (without <c>id</c>) in declaration order.</summary>
    IReadOnlyList<(string Key, FieldKind Kind)> Fields { get; }

    /// <summary>Every key with whether it is required, <c>id</c> included.</summary>
    IReadOnlyList<(string Key, bool Required)> Keys { get; }

    /// <summary>Reads every record of a seed file's list into the context.</summary>
    void ReadAll(YamlSequenceNode items, LoadContext context, string file);
}
