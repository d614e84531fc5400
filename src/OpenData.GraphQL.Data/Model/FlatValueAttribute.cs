namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// Marks a value without identity (a struct or class mapped as an EF Core complex type) whose public properties an
/// entity exposes as flat fields: member <c>Start</c> of the entity property <c>SignedOn</c> is the field
/// <c>signedOnStart</c> and the column <c>SignedOnStart</c>; a member marked <see cref="OwnerNamedAttribute"/> takes
/// the entity property's own name (<c>signedOn</c>). Filters, sorts, keyset cursors and aggregates read those members
/// through the value (<c>x.SignedOn.Start</c>); the projection reads the whole value. See <see cref="FlatValues"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
public sealed class FlatValueAttribute : Attribute;
