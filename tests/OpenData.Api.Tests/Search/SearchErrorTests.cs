using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>Bad input is a field error with a stable code, never a 500 or an FTS5 syntax error.</summary>
public sealed class SearchErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private SearchClient Client => new(new GraphQLClient(factory.CreateClient()));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("de la y el")]
    [InlineData("*** -- ::")]
    [InlineData("\"\"")]
    public async Task Empty_text_is_a_clear_error(string text)
    {
        var error = await Client.ErrorAsync(text);

        Assert.Equal("SEARCH_TEXT_EMPTY", Code(error));
        Assert.Equal(["search"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("vacío", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("mujer\"")]
    [InlineData("\"violencia")]
    [InlineData("viol*")]
    [InlineData("*mujer")]
    [InlineData("NEAR(mujer violencia)")]
    [InlineData("NEAR(")]
    [InlineData("-mujer")]
    [InlineData("title:mujer")]
    [InlineData("type:Policy")]
    [InlineData("mujer AND OR NOT violencia")]
    [InlineData("^mujer + (violencia) {title}")]
    [InlineData("mujer'); DROP TABLE SearchIndex; --")]
    [InlineData("🙂 mujer")]
    public async Task FTS_syntax_in_the_text_is_plain_text(string text)
    {
        var result = await new GraphQLClient(factory.CreateClient()).PostAsync(SearchClient.Query, new { text });

        if (result.TryGetProperty("errors", out var errors))
        {
            Assert.Equal("SEARCH_TEXT_EMPTY", Code(errors[0]));
        }
        else
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, result.GetProperty("data").GetProperty("search").GetProperty("edges").ValueKind);
        }
    }

    [Fact]
    public async Task Operators_are_words_not_syntax()
    {
        var page = await Client.SearchAsync("NEAR(mujer violencia)", first: 100);
        var plain = await Client.SearchAsync("near mujer violencia", first: 100);

        Assert.Equal(plain.Hits.Select(h => h.Id), page.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Text_longer_than_200_characters_is_an_error()
    {
        var error = await Client.ErrorAsync(string.Join(' ', Enumerable.Repeat("mujeres", 40)));

        Assert.Equal("SEARCH_TEXT_TOO_LONG", Code(error));
    }

    [Theory]
    [InlineData(101, "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData(-1, "NEGATIVE_PAGE_SIZE")]
    public async Task Page_size_errors_use_the_engine_codes(int first, string code)
    {
        var error = await Client.ErrorAsync("mujeres", first: first);

        Assert.Equal(code, Code(error));
        Assert.Equal("Query.search", error.GetProperty("extensions").GetProperty("coordinate").GetString());
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("WyJhIiwtMV0=")]
    [InlineData("WzFd")]
    public async Task A_bad_cursor_is_an_invalid_cursor_error(string after)
    {
        var error = await Client.ErrorAsync("mujeres", after: after);

        Assert.Equal("INVALID_CURSOR", Code(error));
    }

    [Fact]
    public async Task A_cursor_at_the_largest_position_is_refused_not_overflowed()
    {
        var page = await Client.SearchAsync("mujeres", first: 1);
        var fingerprint = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(page.EndCursor!)).RootElement[0].GetString();
        var last = Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new object[] { fingerprint!, int.MaxValue }));

        var error = await Client.ErrorAsync("mujeres", after: last);

        Assert.Equal("INVALID_CURSOR", Code(error));
    }

    [Fact]
    public async Task A_cursor_of_another_search_is_refused()
    {
        var page = await Client.SearchAsync("mujeres", first: 2);

        var error = await Client.ErrorAsync("violencia", after: page.EndCursor);

        Assert.Equal("CURSOR_ORDER_MISMATCH", Code(error));
    }

    [Fact]
    public async Task An_unknown_type_is_a_validation_error()
    {
        var result = await new GraphQLClient(factory.CreateClient()).PostAsync("""{ search(text: "mujeres", types: [NOPE]) { totalCount } }""");

        Assert.True(result.TryGetProperty("errors", out _));
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object);
    }

    private static string? Code(System.Text.Json.JsonElement error) =>
        error.GetProperty("extensions").GetProperty("code").GetString();
}
