using GraphQL.Types;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>HotChocolate's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = FilterDescriptions.Operations("booleanos");
        Field<BooleanGraphType>("eq").Description(FilterDescriptions.Eq);
        Field<BooleanGraphType>("neq").Description(FilterDescriptions.Neq);
    }
}
