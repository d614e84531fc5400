using System.Text.Json;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Aggregates;

/// <summary>Bad group-bys are field errors with stable codes; sibling fields still resolve.</summary>
public sealed class AggregateErrorTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task More_groups_than_the_field_allows_is_TOO_MANY_GROUPS_after_one_statement()
    {
        fixture.Log.Clear();
        var result = await fixture.ExecuteAsync("""
            { reviews { groupedAggregates(groupBy: [REVIEWER, STARS]) { count } } tags(first: 1) { nodes { label } } }
            """);

        var error = JsonAssertions.Error(result, DataErrorCodes.TooManyGroups);
        Assert.Equal("ReviewsConnection.groupedAggregates", error.GetProperty("extensions").GetProperty("coordinate").GetString());
        Assert.Equal(10, error.GetProperty("extensions").GetProperty("maxGroups").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("reviews").ValueKind);
        Assert.Equal(1, result.GetProperty("data").GetProperty("tags").GetProperty("nodes").GetArrayLength());
        Assert.Single(fixture.Log.Commands, c => c.Contains("GROUP BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task As_many_groups_as_allowed_is_not_an_error()
    {
        var result = await fixture.ExecuteAsync("{ reviews { groupedAggregates(groupBy: [STARS]) { keys { stars } count } } }");

        JsonAssertions.NoErrors(result);
        var groups = result.GetProperty("data").GetProperty("reviews").GetProperty("groupedAggregates");
        Assert.Equal(fixture.Reviews.Select(r => r.Stars).Distinct().Count(), groups.GetArrayLength());
    }

    [Fact]
    public async Task An_empty_group_by_is_INVALID_GROUP_BY()
    {
        var result = await fixture.ExecuteAsync("{ books { groupedAggregates(groupBy: []) { count } } tags(first: 1) { nodes { label } } }");

        var error = JsonAssertions.Error(result, DataErrorCodes.InvalidGroupBy);
        Assert.Equal(0, error.GetProperty("extensions").GetProperty("requestedKeys").GetInt32());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("data").GetProperty("tags").GetProperty("nodes").ValueKind);
    }

    [Fact]
    public async Task More_than_eight_distinct_keys_is_INVALID_GROUP_BY_and_repeated_keys_count_once()
    {
        var nine = await fixture.ExecuteAsync("""
            { books { groupedAggregates(groupBy: [TITLE, SUBTITLE, STATUS, PUBLISHED, PRICE, RATING, PAGES, COPIES, IN_PRINT]) { count } } }
            """);
        var repeated = await fixture.ExecuteAsync("{ books { groupedAggregates(groupBy: [STATUS, STATUS, STATUS]) { keys { status } count } } }");

        Assert.Equal(9, JsonAssertions.Error(nine, DataErrorCodes.InvalidGroupBy).GetProperty("extensions").GetProperty("requestedKeys").GetInt32());
        JsonAssertions.NoErrors(repeated);
        Assert.Equal(3, repeated.GetProperty("data").GetProperty("books").GetProperty("groupedAggregates").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_group_by_value_is_a_validation_error()
    {
        var result = await fixture.ExecuteAsync("{ books { groupedAggregates(groupBy: [PUBLISHED_MONTH]) { count } } }");

        Assert.True(result.TryGetProperty("errors", out _));
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }
}
