using System.Text.Json;
using GraphQLParser;
using Microsoft.Data.Sqlite;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Plans;

/// <summary>
/// A compiled shape read directly on SQLite reads a date stored as <c>yyyy-MM-dd</c> from the column's bytes (and any
/// other stored form through Microsoft.Data.Sqlite): every date, at the calendar's edges and in forms EF Core does not
/// write itself, answers as EF Core's own reading does (an engine with <c>DirectReads</c> off), in the values, the order
/// and the cursors (a cursor of a date key is read back from its bytes too, see <c>CursorCodec</c>).
/// </summary>
public sealed class DirectDateReadTests
{
    // Texts as EF Core writes them, at the edges of the calendar and of months.
    private static readonly string[] Canonical =
    [
        "0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29", "1900-02-28", "2023-12-31", "1970-01-01", "2019-10-09", "2010-11-30",
    ];

    // The authors' birth dates: those, forms DateOnly.Parse also accepts (read through Microsoft.Data.Sqlite), a null.
    private static readonly string?[] Stored = [.. Canonical, "1999-1-2", "2001/02/03", null];

    private const string Authors = """
        query Authors($skip: Int!, $from: LocalDate!) {
          authors(skip: $skip, take: 20, where: { born: { gte: $from } }, order: [{ born: DESC }]) { items { name born } }
        }
        """;

    private const string Books = """
        query Books($after: String) {
          books(first: 9, after: $after, order: [{ published: ASC }]) {
            edges { cursor node { title published } }
            pageInfo { endCursor hasNextPage }
          }
        }
        """;

    [Fact]
    public async Task Dates_in_every_stored_form_read_directly_equal_EF_Cores_own_reading()
    {
        using var direct = new LibraryFixture();
        using var pipeline = new LibraryFixture(null, engine => engine.DirectReads = false);
        Store(direct);
        Store(pipeline);

        var answers = await RunAsync(direct);
        var expected = await RunAsync(pipeline);

        Assert.Equal(expected, answers);
        Assert.Equal(pipeline.Log.Commands, direct.Log.Commands);
        Assert.Equal(0, pipeline.Plans.Direct.Executions);
        Assert.True(direct.Plans.Direct.Executions >= answers.Count / 2, $"{direct.Plans.Direct.Executions} direct executions of {answers.Count} requests");

        // The other forms read as DateOnly.Parse reads them.
        Assert.Contains("\"born\":\"1999-01-02\"", answers[0], StringComparison.Ordinal);
        Assert.Contains("\"born\":\"2001-02-03\"", answers[0], StringComparison.Ordinal);

        // The edges are there as written, in the walk's order (EF Core's reading of them, not a value of the test's).
        // The walk by cursor (the date key read back from each cursor) visits every book once, in date order.
        var published = answers.Skip(3).SelectMany(Published).ToList();
        Assert.Equal(direct.Books.Count, published.Count);
        Assert.Equal(published.Order(StringComparer.Ordinal), published);
        Assert.Equal("0001-01-01", published[0]);
        Assert.Equal("9999-12-31", published[^1]);
        Assert.Contains("2024-02-29", published);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2023-13-01", false)]
    [InlineData("2023-00-10", false)]
    [InlineData("2023-01-32", false)]
    [InlineData("2023-1-02", false)]
    [InlineData("2023-01-02 ", false)]
    [InlineData("2023/01/02", false)]
    [InlineData("2023-0a-02", false)]
    public void Only_a_valid_date_in_exactly_the_stored_form_is_read_from_its_bytes(string text, bool read)
    {
        var parsed = OpenData.GraphQL.Data.Model.IsoDate.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var date);

        Assert.Equal(read, parsed);
        if (read)
        {
            Assert.Equal(DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture), date);
        }
    }

    /// <summary>Writes <see cref="Stored"/> over the authors' birth dates and, in turn, <see cref="Canonical"/> over the books' publication dates.</summary>
    private static void Store(LibraryFixture library)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = library.DatabasePath, Pooling = false }.ToString());
        connection.Open();
        Write(connection, "Authors", "Born", library.Authors.Select(a => a.Id), Stored);
        Write(connection, "Books", "Published", library.Books.Select(b => b.Id), Canonical);
    }

    private static void Write(SqliteConnection connection, string table, string column, IEnumerable<int> ids, string?[] values)
    {
        var i = 0;
        foreach (var id in ids)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = $value WHERE \"Id\" = $id";
            command.Parameters.AddWithValue("$value", (object?)values[i++ % values.Length] ?? DBNull.Value);
            command.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, command.ExecuteNonQuery());
        }
    }

    private static async Task<List<string>> RunAsync(LibraryFixture library)
    {
        var answers = new List<string>();
        library.Log.Clear();
        var authors = Parser.Parse(Authors);
        foreach (var (skip, from) in new[] { (0, "0001-01-01"), (2, "1900-01-01"), (0, "2000-02-29") })
        {
            answers.Add(Checked(await library.ExecuteAsync(Authors, authors, new { skip, from })));
        }

        var books = Parser.Parse(Books);
        string? after = null;
        do
        {
            var page = await library.ExecuteAsync(Books, books, new { after });
            answers.Add(Checked(page));
            var info = page.GetProperty("data").GetProperty("books").GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return answers;
    }

    private static IEnumerable<string> Published(string answer) =>
        JsonDocument.Parse(answer).RootElement.GetProperty("data").GetProperty("books").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("published").GetString()!);

    private static string Checked(JsonElement result)
    {
        JsonAssertions.NoErrors(result);
        return result.GetRawText();
    }
}
