namespace OpenData.Domain.Seed.Reading;

/// <summary>What the generic readers need of a record spec: the entity name and the declared keys with what they hold.</summary>
internal interface IRecordShape
{
    /// <summary>The entity (GraphQL type) name, e.g. <c>FundingRecord</c> or <c>Program</c>.</summary>
    string EntityName { get; }

    /// <summary>The declared keys (without <c>id</c>) in declaration order.</summary>
    IReadOnlyList<(string Key, FieldKind Kind)> Fields { get; }
}
