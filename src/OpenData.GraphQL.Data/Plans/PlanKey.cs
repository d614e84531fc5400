using GraphQLParser.AST;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// A query shape: the field node of a (cached, hence reused) parsed document, which fixes the selection, and the
/// signature of its <c>order</c> (which a variable can change). The node is compared by reference.
/// </summary>
internal readonly record struct PlanKey(GraphQLField Field, string Order)
{
    public bool Equals(PlanKey other) => ReferenceEquals(Field, other.Field) && string.Equals(Order, other.Order, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Field), Order);
}
