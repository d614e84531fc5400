using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Data;

namespace OpenData.Api.Tests.Ordering;

/// <summary>
/// Text sorts in Spanish alphabetical order through the API: accents and ñ where a Spanish reader expects them, ties
/// by id, and keyset pages over that order without gaps or duplicates. <see cref="Postgres.PostgresSpanishOrderTests"/> runs the
/// same cases on PostgreSQL.
/// </summary>
public sealed class SpanishOrderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Names = """
        query($order: [MunicipalitySortInput!]) {
          municipalities(order: $order, first: 100) { nodes { name } }
        }
        """;

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          municipalities(order: [{ name: ASC }], first: $first, after: $after, last: $last, before: $before) {
            nodes { name }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly GraphQLClient client = new(factory.CreateClient());

    [Fact]
    public async Task Municipalities_by_name_follow_spanish_alphabetical_order()
    {
        var names = await NamesAsync("ASC");

        Assert.True(names.IndexOf("Gómez Palacio") < names.IndexOf("Guadalupe Victoria"), string.Join(", ", names));
        Assert.True(names.IndexOf("Guadalupe Victoria") < names.IndexOf("Guanaceví"), string.Join(", ", names));
        var panuco = names.FindIndex(n => n.StartsWith("Pánuco", StringComparison.Ordinal));
        Assert.True(panuco >= 0 && panuco < names.IndexOf("Poanas") && names.IndexOf("Poanas") < names.IndexOf("Pueblo Nuevo"), string.Join(", ", names));
        Assert.Equal(names.Order(DatasetCollation.Spanish.Comparer), names);
    }

    [Fact]
    public async Task Descending_is_the_exact_reverse()
    {
        var ascending = await NamesAsync("ASC");

        var descending = await NamesAsync("DESC");

        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Paging_by_cursor_through_spanish_order_has_no_gap_or_duplicate(int size)
    {
        var all = await NamesAsync("ASC");

        var forward = await WalkAsync(size, forward: true);
        var backward = await WalkAsync(size, forward: false);

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task A_cursor_issued_under_the_binary_order_answers_a_clear_error()
    {
        // The fingerprint the order [{ name: ASC }] had before names sorted in Spanish order (commit 42ce044).
        var old = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object[] { LegacyFingerprint, "Durango", "mun-durango" }));

        var result = await client.PostAsync(Page, new { first = 2, after = old });

        var error = result.GetProperty("errors")[0];
        Assert.Equal("CURSOR_COLLATION_CHANGED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("vuelva a pedir la primera página", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>SHA-256 of "OpenData.Domain.Model.Municipality|name:ASC|id:ASC", first 6 bytes, as cursors carried it.</summary>
    private static string LegacyFingerprint => Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData("OpenData.Domain.Model.Municipality|name:ASC|id:ASC"u8.ToArray()), 0, 6);

    private async Task<List<string>> NamesAsync(string direction)
    {
        var data = await client.DataAsync(Names, new { order = new[] { new Dictionary<string, string> { ["name"] = direction } } });
        return [.. data.GetProperty("municipalities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
    }

    private async Task<List<string>> WalkAsync(int size, bool forward)
    {
        var names = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 200; page++)
        {
            object variables = forward ? new { first = size, after = cursor } : new { last = size, before = cursor };
            var data = await client.DataAsync(Page, variables);
            var connection = data.GetProperty("municipalities");
            var pageNames = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
            names.InsertRange(forward ? names.Count : 0, pageNames);
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty(forward ? "hasNextPage" : "hasPreviousPage").GetBoolean())
            {
                return names;
            }

            cursor = info.GetProperty(forward ? "endCursor" : "startCursor").GetString();
        }

        throw new InvalidOperationException("the walk did not end");
    }
}
