using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace OpenData.GraphQL.Data.Projection;

/// <summary>Field metadata the projection reads to know which columns a resolver-backed field needs.</summary>
public static class ProjectionMetadata
{
    /// <summary>GraphQL.NET's metadata key holding the member of an expression field (<c>Field(x =&gt; x.Title)</c>).</summary>
    public const string ExpressionMember = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>Metadata key: the entity properties a resolver-backed field reads (string[]).</summary>
    public const string RequiresKey = "OpenData:requires";

    /// <summary>
    /// Declares the entity properties a field with a custom resolver reads, so the SQL selects them.
    /// A selected field the projection cannot map makes it read every column of the entity.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder, params Expression<Func<TSource, object?>>[] members)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.FieldType.Metadata[RequiresKey] = members.Select(MemberName).ToArray();
        return builder;
    }

    internal static void MarkRequires(FieldType field, params string[] members) => field.Metadata[RequiresKey] = members;

    internal static string MemberName(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression { Member: var m } ? m.Name
            : throw new ArgumentException($"'{member}' is not a member access.", nameof(member));
    }
}
