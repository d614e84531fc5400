namespace OpenData.GraphQL.Data.Model;

/// <summary>How a CLR member of an entity takes part in filtering and sorting.</summary>
internal enum MemberKind
{
    String,
    Boolean,
    Comparable,
    Enum,
    Id,
    Object,
    ObjectList,

    /// <summary>A list of scalars (<c>List&lt;int&gt;</c>, <c>string[]</c>…); <see cref="EntityMember.ValueType"/> is the element type.</summary>
    ScalarList,
}
