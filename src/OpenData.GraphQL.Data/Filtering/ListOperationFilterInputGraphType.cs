using GraphQL.Types;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>
/// HotChocolate's filter on a list of scalars, <c>List&lt;Op&gt;</c> (e.g. <c>ListIntOperationFilterInput</c>):
/// <c>all</c>, <c>none</c> and <c>some</c> take the element's operation input, <c>any</c> asks for a non-empty list.
/// </summary>
public sealed class ListOperationFilterInputGraphType<TOperation> : InputObjectGraphType
    where TOperation : InputObjectGraphType, new()
{
    public ListOperationFilterInputGraphType()
    {
        var elementOperations = new TOperation().Name;
        Name = "List" + elementOperations;
        Description = FilterDescriptions.ScalarListFilter(elementOperations);
        Field<TOperation>("all").Description(FilterDescriptions.AllValues);
        Field<TOperation>("none").Description(FilterDescriptions.NoValue);
        Field<TOperation>("some").Description(FilterDescriptions.SomeValue);
        Field<BooleanGraphType>("any").Description(FilterDescriptions.Any);
    }
}
