using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>Cursor paging over the ranked hits: stable, no gaps or duplicates, the same as one big page.</summary>
public sealed class SearchPagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private SearchClient Client => new(new GraphQLClient(factory.CreateClient()));

    [Theory]
    [InlineData("instituto", 7)]
    [InlineData("violencia", 5)]
    [InlineData("laguna", 1)]
    public async Task Paging_with_first_and_after_equals_one_big_page(string text, int size)
    {
        var whole = await Client.SearchAsync(text, first: 100);
        Assert.False(whole.HasNextPage, "the test wants every hit in one page");
        Assert.True(whole.Hits.Count > size, $"only {whole.Hits.Count} hits");

        var walked = new List<Hit>();
        string? after = null;
        for (var pages = 0; pages < 200; pages++)
        {
            var page = await Client.SearchAsync(text, first: size, after: after);
            walked.AddRange(page.Hits);
            Assert.True(page.Hits.Count <= size);
            if (!page.HasNextPage)
            {
                break;
            }

            Assert.Equal(size, page.Hits.Count);
            after = page.EndCursor;
        }

        Assert.Equal(whole.Hits.Select(h => (h.Id, h.Score, h.Snippet)), walked.Select(h => (h.Id, h.Score, h.Snippet)));
    }

    [Fact]
    public async Task The_same_search_twice_gives_the_same_order()
    {
        var first = await Client.SearchAsync("instituto", first: 100);
        var second = await Client.SearchAsync("INSTITUTO", first: 100);

        Assert.Equal(first.Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task TotalCount_is_the_number_of_hits()
    {
        Assert.False((await Client.SearchAsync("instituto", first: 100)).HasNextPage);
        var client = new GraphQLClient(factory.CreateClient());
        var whole = await Client.SearchAsync("instituto", first: 100);

        var data = await client.DataAsync("""{ search(text: "instituto", first: 2) { totalCount } }""");

        Assert.Equal(whole.Hits.Count, data.GetProperty("search").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Default_page_has_ten_hits()
    {
        var page = await Client.SearchAsync("mujeres");

        Assert.Equal(10, page.Hits.Count);
        Assert.True(page.HasNextPage);
    }
}
