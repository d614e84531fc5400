using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using OpenData.GraphQL.Data.Tests.Differential;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using static OpenData.GraphQL.Data.Tests.Aggregates.AggregateOracle;

namespace OpenData.GraphQL.Data.Tests.Aggregates;

/// <summary>
/// Aggregates computed in SQL (through GraphQL) against LINQ-to-objects on the same rows, for generated filters and
/// group-bys: counts, exact decimal sums and averages (also of money stored as centavos), nulls, empty sets and groups.
/// </summary>
public sealed class AggregateDifferentialTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const ulong Seed = 20260101;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] BookGroupByNames = BookGroupBy.Keys.ToArray();

    private static readonly string[] AuthorGroupByNames = AuthorGroupBy.Keys.ToArray();

    private static readonly Gen<string[]> BookKeys = Gen.OneOf(BookGroupByNames).Array[1, 3].Select(k => k.Distinct().ToArray());

    private static readonly Gen<string[]> AuthorKeys = Gen.OneOf(AuthorGroupByNames).Array[1, 2].Select(k => k.Distinct().ToArray());

    [Fact]
    public async Task Aggregates_under_generated_filters_equal_LINQ_to_objects()
    {
        var pcg = new PCG(11, Seed);
        var query = $$"""
            query($where: BookFilterInput) { books(first: 1, where: $where) { aggregates { {{Selection(BookNumeric, BookMinMax)}} } } }
            """;
        var (empty, allNullRoyalty) = (0, 0);
        for (var i = 0; i < 600; i++)
        {
            var where = FilterGenerators.Book(depth: 1).Generate(pcg, null!, out _);
            var rows = fixture.Books.Where(b => Oracle.Matches("Book", b, Normalize(where))).Cast<object>().ToList();
            empty += rows.Count == 0 ? 1 : 0;
            allNullRoyalty += rows.Count > 0 && rows.All(r => ((Model.Book)r).Royalty is null) ? 1 : 0;

            var result = await fixture.ExecuteAsync(query, new { where });

            Assert.True(!result.TryGetProperty("errors", out var errors), $"case {i}: {Describe(where)}\n{errors}");
            AssertAggregates(result.GetProperty("data").GetProperty("books").GetProperty("aggregates"), rows, BookNumeric, BookMinMax, $"case {i} {Describe(where)}");
        }

        Assert.True(empty is > 20 and < 400, $"{empty} of 600 filters matched no row");
        Assert.True(allNullRoyalty > 0, "no filter left only null royalties");
    }

    [Fact]
    public async Task Grouped_aggregates_under_generated_filters_and_group_bys_equal_LINQ_to_objects()
    {
        var pcg = new PCG(12, Seed);
        var cases = Gen.Select(FilterGenerators.Book(depth: 1), BookKeys);
        var (nullKeys, emptySets) = (0, 0);
        for (var i = 0; i < 600; i++)
        {
            var (where, groupBy) = cases.Generate(pcg, null!, out _);
            var keys = groupBy.Select(k => BookGroupBy[k]).ToList();
            var query = $$"""
                query($where: BookFilterInput, $groupBy: [BookGroupBy!]!) {
                  books(where: $where) { groupedAggregates(groupBy: $groupBy) { keys { {{string.Join(' ', keys.Select(k => k.Field))}} } {{Selection(BookNumeric, BookMinMax)}} } }
                }
                """;
            var rows = fixture.Books.Where(b => Oracle.Matches("Book", b, Normalize(where))).Cast<object>();
            var expected = Groups(rows, keys);
            nullKeys += expected.Any(g => g.Keys.Contains(null)) ? 1 : 0;
            emptySets += expected.Count == 0 ? 1 : 0;

            var result = await fixture.ExecuteAsync(query, new { where, groupBy });

            var context = $"case {i}: {Describe(where)} groupBy {string.Join(",", groupBy)}";
            Assert.True(!result.TryGetProperty("errors", out var errors), $"{context}\n{errors}");
            AssertGroups(result.GetProperty("data").GetProperty("books").GetProperty("groupedAggregates"), expected, keys, BookNumeric, BookMinMax, context);
        }

        Assert.True(nullKeys > 100, $"only {nullKeys} of 600 cases had a null key");
        Assert.True(emptySets > 10, $"only {emptySets} of 600 cases had no group");
    }

    [Fact]
    public async Task Grouped_aggregates_of_an_offset_collection_with_nullable_dates_equal_LINQ_to_objects()
    {
        var pcg = new PCG(13, Seed);
        var cases = Gen.Select(FilterGenerators.Author(depth: 1), AuthorKeys);
        for (var i = 0; i < 500; i++)
        {
            var (where, groupBy) = cases.Generate(pcg, null!, out _);
            var keys = groupBy.Select(k => AuthorGroupBy[k]).ToList();
            var query = $$"""
                query($where: AuthorFilterInput, $groupBy: [AuthorGroupBy!]!) {
                  authors(where: $where) {
                    aggregates { {{Selection([], AuthorMinMax)}} }
                    groupedAggregates(groupBy: $groupBy) { keys { {{string.Join(' ', keys.Select(k => k.Field))}} } {{Selection([], AuthorMinMax)}} }
                  }
                }
                """;
            var rows = fixture.Authors.Where(a => Oracle.Matches("Author", a, Normalize(where))).Cast<object>().ToList();

            var result = await fixture.ExecuteAsync(query, new { where, groupBy });

            var context = $"case {i}: {Describe(where)} groupBy {string.Join(",", groupBy)}";
            Assert.True(!result.TryGetProperty("errors", out var errors), $"{context}\n{errors}");
            var authors = result.GetProperty("data").GetProperty("authors");
            AssertAggregates(authors.GetProperty("aggregates"), rows, [], AuthorMinMax, context);
            AssertGroups(authors.GetProperty("groupedAggregates"), Groups(rows, keys), keys, [], AuthorMinMax, context);
        }
    }

    private static void AssertGroups(
        JsonElement actual, List<(object?[] Keys, List<object> Rows)> expected, List<Member> keys, Member[] numeric, Member[] minMax, string context)
    {
        var groups = actual.EnumerateArray().ToList();
        Assert.True(expected.Count == groups.Count, $"{context}: expected {expected.Count} groups, got {groups.Count}\n{actual}");
        for (var g = 0; g < groups.Count; g++)
        {
            for (var k = 0; k < keys.Count; k++)
            {
                Same(groups[g].GetProperty("keys").GetProperty(keys[k].Field), expected[g].Keys[k], $"{context} group {g} key {keys[k].Field}");
            }

            AssertAggregates(groups[g], expected[g].Rows, numeric, minMax, $"{context} group {g}");
        }
    }

    /// <summary>The oracle reads the filter as the server receives it (lists as object lists).</summary>
    private static Dictionary<string, object?> Normalize(Dictionary<string, object?> filter) =>
        filter.ToDictionary(p => p.Key, p => Normalize(p.Value));

    private static object? Normalize(object? value) => value switch
    {
        Dictionary<string, object?> nested => Normalize(nested),
        System.Collections.IList list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static string Describe(Dictionary<string, object?> where) => JsonSerializer.Serialize(where, Readable);
}
