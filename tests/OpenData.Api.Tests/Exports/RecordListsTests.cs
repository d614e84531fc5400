using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// A record's lists (municipalities, legal instruments, sources…) are created when first read, not with the record: a
/// GraphQL page leaves them unread, a download fills them from the database. Each download after such pages must hold
/// every record's own rows, and empty lists must read as empty, whatever was served before.
/// </summary>
public sealed class RecordListsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Page = "query($after: String) { historyEvents(first: 7, after: $after, order: [{ dateStart: ASC }]) { nodes { slug title } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task Downloads_after_pages_that_leave_the_lists_empty_hold_each_records_own_rows()
    {
        using var client = factory.CreateClient();
        var graphql = new GraphQLClient(client);
        var expected = await JoinRowsAsync();
        Assert.Contains(expected.Values, lists => lists.Municipalities.Count > 0);
        Assert.Contains(expected.Values, lists => lists.Municipalities.Count == 0);
        Assert.Contains(expected.Values, lists => lists.LegalInstruments.Count > 0);

        var pages = await WalkAsync(graphql);
        for (var round = 0; round < 2; round++)
        {
            var downloaded = await DownloadAsync(client);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), downloaded.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, lists) in expected)
            {
                Assert.Equal(lists.Municipalities, downloaded[id].Municipalities);
                Assert.Equal(lists.LegalInstruments, downloaded[id].LegalInstruments);
                Assert.Equal(lists.Sources, downloaded[id].Sources);
            }

            // The pages between two downloads answer as before.
            Assert.Equal(pages, await WalkAsync(graphql));
        }
    }

    private sealed record Lists(List<string> Municipalities, List<string> LegalInstruments, List<string> Sources);

    private static async Task<List<string>> WalkAsync(GraphQLClient graphql)
    {
        var pages = new List<string>();
        string? after = null;
        do
        {
            var page = (await graphql.DataAsync(Page, new { after })).GetProperty("historyEvents");
            pages.Add(page.GetProperty("nodes").GetRawText());
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return pages;
    }

    private static async Task<Dictionary<string, Lists>> DownloadAsync(HttpClient client)
    {
        using var rows = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/historyEvents.json", UriKind.Relative)));
        return rows.RootElement.EnumerateArray().ToDictionary(
            row => row.GetProperty("id").GetString()!,
            row => new Lists(Ids(row.GetProperty("municipalities")), Ids(row.GetProperty("legalInstruments")), Ids(row.GetProperty("sources"))));
    }

    private static List<string> Ids(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Array => [.. cell.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)],
        JsonValueKind.String when cell.GetString() is { Length: > 0 } text => [.. text.Split(';').Order(StringComparer.Ordinal)],
        _ => [],
    };

    /// <summary>The oracle: every history event's rows in the join tables, read from the file with SQL.</summary>
    private static async Task<Dictionary<string, Lists>> JoinRowsAsync()
    {
        var path = await TestDataset.PathAsync();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var lists = new Dictionary<string, Lists>();
        foreach (var id in await ColumnAsync(connection, "SELECT \"Id\", '' FROM \"HistoryEvents\""))
        {
            lists[id.Key] = new([], [], []);
        }

        foreach (var (id, municipality) in await ColumnAsync(connection, "SELECT \"HistoryEventsId\", \"MunicipalitiesId\" FROM \"HistoryEventMunicipalities\""))
        {
            lists[id].Municipalities.Add(municipality);
        }

        foreach (var (id, instrument) in await ColumnAsync(connection, "SELECT \"HistoryEventsId\", \"LegalInstrumentsId\" FROM \"HistoryEventLegalInstruments\""))
        {
            lists[id].LegalInstruments.Add(instrument);
        }

        foreach (var (id, source) in await ColumnAsync(connection, "SELECT \"HistoryEventId\", \"SourceId\" FROM \"HistoryEventSources\""))
        {
            lists[id].Sources.Add(source);
        }

        foreach (var value in lists.Values)
        {
            value.Municipalities.Sort(StringComparer.Ordinal);
            value.LegalInstruments.Sort(StringComparer.Ordinal);
            value.Sources.Sort(StringComparer.Ordinal);
        }

        return lists;
    }

    private static async Task<List<KeyValuePair<string, string>>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(new(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
