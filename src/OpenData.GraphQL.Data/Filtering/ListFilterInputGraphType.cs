using GraphQL.Types;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>HotChocolate's <c>ListFilterInputTypeOf&lt;T&gt;FilterInput</c>: all, none, some, any.</summary>
public sealed class ListFilterInputGraphType<TElement> : InputObjectGraphType
    where TElement : class
{
    public ListFilterInputGraphType()
    {
        var elementName = EntityMembers.GraphName(typeof(TElement));
        Name = "ListFilterInputTypeOf" + elementName + "FilterInput";
        Description = FilterDescriptions.ListFilter(elementName);
        Field<FilterInputGraphType<TElement>>("all").Description(FilterDescriptions.All);
        Field<FilterInputGraphType<TElement>>("none").Description(FilterDescriptions.None);
        Field<FilterInputGraphType<TElement>>("some").Description(FilterDescriptions.Some);
        Field<BooleanGraphType>("any").Description(FilterDescriptions.Any);
    }
}
