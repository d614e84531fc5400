using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Paging;

public sealed class OffsetPagingTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task Skip_and_take_slice_the_ordered_list_with_segment_info_and_total()
    {
        var result = await fixture.ExecuteAsync("""
            { authors(skip: 3, take: 4, order: [{ name: DESC }]) { totalCount pageInfo { hasNextPage hasPreviousPage } items { name } } }
            """);

        JsonAssertions.NoErrors(result);
        var segment = result.GetProperty("data").GetProperty("authors");
        var expected = fixture.Authors.OrderByDescending(a => a.Name, Model.LibraryDb.Spanish.Comparer).ThenBy(a => a.Id).Skip(3).Take(4).Select(a => a.Name);
        Assert.Equal(expected, JsonAssertions.Strings(segment.GetProperty("items"), "name"));
        Assert.Equal(fixture.Authors.Count, segment.GetProperty("totalCount").GetInt32());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task The_last_segment_has_no_next_page()
    {
        var result = await fixture.ExecuteAsync("{ authors(skip: 10, take: 5) { pageInfo { hasNextPage } items { name } } }");

        var segment = result.GetProperty("data").GetProperty("authors");
        Assert.Equal(fixture.Authors.Count - 10, segment.GetProperty("items").GetArrayLength());
        Assert.False(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
