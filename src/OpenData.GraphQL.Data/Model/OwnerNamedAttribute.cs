namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// The member of a <see cref="FlatValueAttribute"/> value that is published under the name of the entity property
/// holding the value (the text of a date <c>SignedOn</c> is the field <c>signedOn</c>, not <c>signedOnText</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OwnerNamedAttribute : Attribute;
