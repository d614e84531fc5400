using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Projection;

namespace OpenData.GraphQL.Data.Relay;

/// <summary>The <c>id: ID!</c> field of a refetchable type, carrying a HotChocolate global id.</summary>
public static class GlobalIdFieldExtensions
{
    /// <summary>
    /// Adds <c>id: ID!</c> resolving to <see cref="GlobalId.Encode"/>(entity GraphQL name, key). The projection reads the key.
    /// The type name is the entity's GraphQL name (<c>[Name]</c> or CLR name), the one <c>IdOperationFilterInput</c> expects.
    /// The resolver is declared to return a string, so that an executor can tell it answers a plain value.
    /// </summary>
    public static FieldBuilder<TEntity, string> GlobalIdField<TEntity, TKey>(
        this ObjectGraphType<TEntity> type, Expression<Func<TEntity, TKey>> key, string description = "Identificador global del objeto.")
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        var typeName = EntityMembers.GraphName(typeof(TEntity));
        var getter = key.Compile();
        var builder = type.Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description(description)
            .Resolve(context => GlobalId.Encode(typeName, getter(context.Source)!));
        builder.FieldType.Metadata[ProjectionMetadata.ExpressionMember] = ProjectionMetadata.MemberName(key);
        return builder;
    }
}
