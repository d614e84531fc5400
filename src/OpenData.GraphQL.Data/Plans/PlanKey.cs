using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// A query shape: the field node of a (cached, hence reused) parsed document, which fixes the selection, the field
/// definition it resolves (a field node of a fragment on an interface may resolve fields of several types), and the
/// signature of its <c>order</c> (which a variable can change). The node and the definition are compared by reference.
/// </summary>
internal readonly record struct PlanKey(GraphQLField Field, FieldType Definition, string Order)
{
    public bool Equals(PlanKey other) =>
        ReferenceEquals(Field, other.Field) && ReferenceEquals(Definition, other.Definition) && string.Equals(Order, other.Order, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Field), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Definition), Order);
}
