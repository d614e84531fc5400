namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// One value of <c>&lt;T&gt;GroupBy</c>: a member, or the year of a date member (<see cref="IsYear"/>).
/// <see cref="KeyField"/> names its field in <c>&lt;T&gt;GroupKeys</c>; <see cref="KeyType"/> is the CLR type of the key
/// as SQL returns it (nullable when the member is, always <c>int?</c>-like for a year of a nullable date).
/// </summary>
internal sealed record GroupByOption(string EnumName, string KeyField, AggregateMember Member, bool IsYear)
{
    public Type KeyValueType => IsYear ? typeof(int) : Member.ValueType;

    public Type KeyType => Member.IsNullable && KeyValueType.IsValueType ? typeof(Nullable<>).MakeGenericType(KeyValueType) : KeyValueType;
}
