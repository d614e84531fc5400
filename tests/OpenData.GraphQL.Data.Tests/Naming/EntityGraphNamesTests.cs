using OpenData.GraphQL.Data.Filtering;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Tests.Naming;

public sealed class EntityGraphNamesTests
{
    public sealed class PublicWidget
    {
        public int Id { get; set; }

        public string Label { get; set; } = "";
    }

    [Fact]
    public void A_mapped_name_drives_the_generated_input_names()
    {
        EntityGraphNames.Map<PublicWidget>("Widget");

        Assert.Equal("WidgetFilterInput", new FilterInputGraphType<PublicWidget>().Name);
        Assert.Equal("WidgetSortInput", new SortInputGraphType<PublicWidget>().Name);
        Assert.Equal("ListFilterInputTypeOfWidgetFilterInput", new ListFilterInputGraphType<PublicWidget>().Name);
        Assert.Throws<InvalidOperationException>(() => EntityGraphNames.Map<PublicWidget>("Gadget"));
    }
}
