using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using OpenData.GraphQL.Data.Tests.Model;

namespace OpenData.GraphQL.Data.Tests.Sorting;

/// <summary>
/// A column with a <see cref="Collation.TextCollation"/> sorts in that culture's order (ñ after n, accents beside their
/// letter), equality keeps its exact meaning, and cursors name the collation. The Postgres twin runs the same cases.
/// </summary>
public sealed class CollationTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Query = """
        query($order: [BookSortInput!], $where: BookFilterInput, $first: Int, $after: String) {
          books(order: $order, where: $where, first: $first, after: $after) {
            nodes { id title }
            pageInfo { endCursor }
          }
        }
        """;

    [Fact]
    public void The_comparer_puts_accents_beside_their_letter_and_enye_after_n()
    {
        string[] expected = ["Gómez Palacio", "Guadalupe Victoria", "Guanaceví", "nino", "niño", "Niño", "nz", "Ñandú", "Pánuco", "penon", "Peñón", "Poanas", "Pueblo Nuevo"];

        var sorted = expected.Reverse().Order(LibraryDb.Spanish.Comparer).ToList();

        Assert.Equal(expected, sorted);
        Assert.NotEqual(0, LibraryDb.Spanish.Compare("Niño", "niño"));
    }

    [Fact]
    public async Task Collated_titles_sort_in_spanish_order_and_subtitles_stay_binary()
    {
        var result = await fixture.ExecuteAsync(Query, new { first = 100, order = new[] { new { title = "ASC" } } });

        JsonAssertions.NoErrors(result);
        var expected = fixture.Books.OrderBy(b => b.Title, LibraryDb.Spanish.Comparer).ThenBy(b => b.Id).Select(b => b.Id);
        Assert.Equal(expected, Ids(result));
        var binary = fixture.Books.OrderBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => b.Id);
        Assert.NotEqual(binary, Ids(result));
    }

    [Fact]
    public async Task Equality_on_a_collated_column_still_matches_only_identical_text()
    {
        var title = fixture.Books.First(b => b.Title.Any(c => c is 'ñ' or 'á' or 'í' or 'ó' or 'ú' or 'é')).Title;

        var result = await fixture.ExecuteAsync(Query, new { first = 100, where = new { title = new { eq = title } } });

        JsonAssertions.NoErrors(result);
        Assert.Equal(fixture.Books.Where(b => b.Title == title).Select(b => b.Id), Ids(result));
    }

    [Fact]
    public async Task A_cursor_of_the_binary_order_is_refused_with_its_own_code()
    {
        var legacy = Fingerprint("OpenData.GraphQL.Data.Tests.Model.Book|title:ASC|id:ASC");
        var cursor = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object[] { legacy, "Sol", 3 }));

        var result = await fixture.ExecuteAsync(Query, new { first = 5, after = cursor, order = new[] { new { title = "ASC" } } });

        var error = result.GetProperty("errors")[0];
        Assert.Equal("CURSOR_COLLATION_CHANGED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Orders_without_collated_keys_keep_their_cursors()
    {
        var first = await fixture.ExecuteAsync(Query, new { first = 5, order = new[] { new { pages = "ASC" } } });
        var end = first.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

        var payload = JsonSerializer.Deserialize<JsonElement[]>(Convert.FromBase64String(end))!;

        Assert.Equal(Fingerprint("OpenData.GraphQL.Data.Tests.Model.Book|pages:ASC|id:ASC"), payload[0].GetString());
    }

    private static string Fingerprint(string order) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(order)), 0, 6);

    private static List<int> Ids(JsonElement result) =>
        [.. result.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray()
            .Select(n => GlobalId.Decode<int>(n.GetProperty("id").GetString(), "Book"))];
}
