using System.Text;
using System.Text.Json;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Errors;

/// <summary>Every bad input is a field error with a stable code; sibling fields still resolve.</summary>
public sealed class BadInputTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private async Task<JsonElement> RunAsync(string booksArguments, object? variables = null, string declarations = "")
    {
        var query = $"query{declarations} {{ books({booksArguments}) {{ nodes {{ title }} }} tags(first: 2) {{ nodes {{ label }} }} }}";
        var result = await fixture.ExecuteAsync(query, variables);
        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("books").ValueKind);
        Assert.Equal(2, data.GetProperty("tags").GetProperty("nodes").GetArrayLength());
        return result;
    }

    private async Task<string> EndCursorAsync(string order)
    {
        var result = await fixture.ExecuteAsync($"{{ books(first: 2, order: {order}) {{ pageInfo {{ endCursor }} }} }}");
        return result.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_MAX_PAGE_SIZE_EXCEEDED_with_coordinate_and_sizes()
    {
        var result = await RunAsync("first: 101");

        var extensions = JsonAssertions.Error(result, DataErrorCodes.MaxPageSizeExceeded).GetProperty("extensions");
        Assert.Equal("Query.books", extensions.GetProperty("coordinate").GetString());
        Assert.Equal(101, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(100, extensions.GetProperty("maxAllowedItems").GetInt32());
    }

    [Fact]
    public async Task Field_specific_maximum_applies_to_last()
    {
        var result = await fixture.ExecuteAsync("{ reviews(last: 6) { nodes { stars } } books(first: 1) { nodes { title } } }");

        var extensions = JsonAssertions.Error(result, DataErrorCodes.MaxPageSizeExceeded).GetProperty("extensions");
        Assert.Equal("Query.reviews", extensions.GetProperty("coordinate").GetString());
        Assert.Equal(5, extensions.GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal(1, result.GetProperty("data").GetProperty("books").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Negative_page_size_is_NEGATIVE_PAGE_SIZE()
    {
        var result = await RunAsync("first: -1");

        JsonAssertions.Error(result, DataErrorCodes.NegativePageSize);
    }

    [Fact]
    public async Task Undecodable_cursor_is_INVALID_CURSOR()
    {
        var result = await RunAsync("after: \"not a cursor\"");

        var extensions = JsonAssertions.Error(result, DataErrorCodes.InvalidCursor).GetProperty("extensions");
        Assert.Equal("after", extensions.GetProperty("argument").GetString());
    }

    [Fact]
    public async Task Tampered_cursor_is_INVALID_CURSOR()
    {
        var cursor = await EndCursorAsync("[{ title: ASC }]");
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        var tampered = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.Replace("]", ",1]", StringComparison.Ordinal)));

        var result = await RunAsync("order: [{ title: ASC }], before: $c", new { c = tampered }, "($c: String)");

        JsonAssertions.Error(result, DataErrorCodes.InvalidCursor);
    }

    [Fact]
    public async Task Cursor_of_another_order_is_rejected()
    {
        var cursor = await EndCursorAsync("[{ title: ASC }]");

        var result = await RunAsync("order: [{ title: DESC }], after: $c", new { c = cursor }, "($c: String)");

        JsonAssertions.Error(result, DataErrorCodes.CursorOrderMismatch);
    }

    [Fact]
    public async Task Null_on_a_non_equality_operation_is_NULL_FILTER_VALUE()
    {
        var result = await RunAsync("where: { title: { contains: null } }");

        var extensions = JsonAssertions.Error(result, DataErrorCodes.NullFilterValue).GetProperty("extensions");
        Assert.Equal("String!", extensions.GetProperty("expectedType").GetString());
        Assert.Equal("StringOperationFilterInput", extensions.GetProperty("filterType").GetString());
    }

    [Fact]
    public async Task Null_on_a_comparison_is_NULL_FILTER_VALUE()
    {
        var result = await RunAsync("where: { pages: { gt: null } }");

        JsonAssertions.Error(result, DataErrorCodes.NullFilterValue);
    }

    [Fact]
    public async Task Global_id_of_another_type_is_rejected()
    {
        var result = await RunAsync("where: { id: { eq: \"VGFnOjE=\" } }");

        JsonAssertions.Error(result, DataErrorCodes.InvalidId);
    }

    [Fact]
    public async Task Eq_null_selects_nulls_and_neq_null_the_rest()
    {
        var nulls = await fixture.ExecuteAsync("{ books(first: 100, where: { subtitle: { eq: null } }) { nodes { title } } }");
        var rest = await fixture.ExecuteAsync("{ books(first: 100, where: { subtitle: { neq: null } }) { nodes { title } } }");

        Assert.Equal(fixture.Books.Count(b => b.Subtitle is null), nulls.GetProperty("data").GetProperty("books").GetProperty("nodes").GetArrayLength());
        Assert.Equal(fixture.Books.Count(b => b.Subtitle is not null), rest.GetProperty("data").GetProperty("books").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Cursor_of_another_entity_is_rejected_even_with_the_same_order()
    {
        var cursor = await EndCursorAsync("[{ id: ASC }]");

        var result = await fixture.ExecuteAsync("query($c: String) { reviews(after: $c) { nodes { stars } } }", new { c = cursor });

        JsonAssertions.Error(result, DataErrorCodes.CursorOrderMismatch);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("reviews").ValueKind);
    }

    [Fact]
    public async Task Offset_paging_checks_take_and_skip()
    {
        var tooMany = await fixture.ExecuteAsync("{ authors(take: 101) { items { name } } tags(first: 1) { nodes { label } } }");
        var negative = await fixture.ExecuteAsync("{ authors(skip: -1) { items { name } } }");

        var extensions = JsonAssertions.Error(tooMany, DataErrorCodes.MaxPageSizeExceeded).GetProperty("extensions");
        Assert.Equal("Query.authors", extensions.GetProperty("coordinate").GetString());
        Assert.Equal(1, tooMany.GetProperty("data").GetProperty("tags").GetProperty("nodes").GetArrayLength());
        JsonAssertions.Error(negative, DataErrorCodes.NegativePageSize);
    }
}
