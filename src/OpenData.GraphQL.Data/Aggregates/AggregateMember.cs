using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// An entity member that aggregates can read: <see cref="ValueType"/> is its non-nullable CLR type,
/// <see cref="IsNullable"/> whether the member itself admits null.
/// </summary>
internal sealed record AggregateMember(EntityMember Member, string FieldName, Type ValueType, bool IsNullable)
{
    public bool IsNumeric => AggregateTypes.IsNumeric(ValueType);
}
