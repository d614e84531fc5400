using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>
/// HotChocolate's <c>&lt;Enum&gt;OperationFilterInput</c>. The enum graph type is found through the schema's CLR
/// type mappings (<c>RegisterTypeMapping&lt;TEnum, MyEnumType&gt;()</c>), else <c>EnumerationGraphType&lt;TEnum&gt;</c>.
/// </summary>
public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : struct, Enum
{
    public EnumOperationFilterInputType()
    {
        var enumName = EntityMembers.GraphName(typeof(TEnum));
        Name = enumName + "OperationFilterInput";
        Description = FilterDescriptions.Operations(enumName);
        Field<GraphQLClrInputTypeReference<TEnum>>("eq").Description(FilterDescriptions.Eq);
        Field<GraphQLClrInputTypeReference<TEnum>>("neq").Description(FilterDescriptions.Neq);
        Field<ListGraphType<NonNullGraphType<GraphQLClrInputTypeReference<TEnum>>>>("in").Description(FilterDescriptions.In);
        Field<ListGraphType<NonNullGraphType<GraphQLClrInputTypeReference<TEnum>>>>("nin").Description(FilterDescriptions.Nin);
    }
}
