using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Exports;

/// <summary>Every collection downloads in CSV, JSON and NDJSON with exactly the rows and columns the GraphQL API returns.</summary>
public sealed class ExportRoundTripTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [MemberData(nameof(Downloadable.Names), MemberType = typeof(Downloadable))]
    public async Task Csv_parses_back_to_the_rows_and_columns_of_the_API(string name)
    {
        using var client = factory.CreateClient();
        var collection = Downloadable.Named(name);
        var reader = new ApiCollectionReader(new GraphQLClient(client));

        var csv = CsvTable.Parse(await client.GetByteArrayAsync(new Uri($"/export/{name}.csv", UriKind.Relative)));
        var expected = await reader.RowsAsync(collection, csv.Header);

        Assert.Equal("id", csv.Header[0]);
        Assert.Equal(csv.Header.Count, csv.Header.Distinct().Count());
        var scalarFields = (await reader.FieldsAsync(collection.TypeName))
            .Where(field => !field.Value && field.Key != "id")
            .Select(field => field.Key == "slug" ? "id" : field.Key);
        Assert.Empty(scalarFields.Except(csv.Header));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, csv.Rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            for (var column = 0; column < csv.Header.Count; column++)
            {
                Assert.True(expected[i][column] == csv.Rows[i][column],
                    $"{name}.csv row {expected[i][0]} column {csv.Header[column]}: API «{expected[i][column]}», CSV «{csv.Rows[i][column]}»");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Downloadable.Names), MemberType = typeof(Downloadable))]
    public async Task Json_and_ndjson_hold_the_rows_of_the_csv_with_keys_in_column_order(string name)
    {
        using var client = factory.CreateClient();
        var csv = CsvTable.Parse(await client.GetByteArrayAsync(new Uri($"/export/{name}.csv", UriKind.Relative)));

        var json = await client.GetStringAsync(new Uri($"/export/{name}.json", UriKind.Relative));
        var ndjson = await client.GetStringAsync(new Uri($"/export/{name}.ndjson", UriKind.Relative));

        using var array = JsonDocument.Parse(json);
        var lines = ndjson.Split('\n');
        Assert.Equal("", lines[^1]);
        var fromJson = array.RootElement.EnumerateArray().Select(row => Cells(row, csv.Header)).ToList();
        var fromNdjson = lines[..^1].Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return Cells(document.RootElement, csv.Header);
        }).ToList();
        Assert.Equal(csv.Rows, fromJson);
        Assert.Equal(csv.Rows, fromNdjson);
    }

    [Fact]
    public async Task Bom_is_added_only_when_asked()
    {
        using var client = factory.CreateClient();

        var plain = await client.GetByteArrayAsync(new Uri("/export/sources.csv", UriKind.Relative));
        var withBom = await client.GetByteArrayAsync(new Uri("/export/sources.csv?bom=1", UriKind.Relative));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), withBom[..3]);
        Assert.Equal(plain, withBom[3..]);
        Assert.NotEqual((byte)0xEF, plain[0]);
    }

    [Fact]
    public async Task Money_is_exact_decimal_text_and_lists_join_ids_with_semicolons()
    {
        using var client = factory.CreateClient();

        var funding = CsvTable.Parse(await client.GetByteArrayAsync(new Uri("/export/fundingRecords.csv", UriKind.Relative)));
        var events = CsvTable.Parse(await client.GetByteArrayAsync(new Uri("/export/historyEvents.csv", UriKind.Relative)));

        var amounts = funding.Rows.Select(row => row[funding.Header.ToList().IndexOf("amount")]).Where(a => a.Length > 0).ToList();
        Assert.Contains("45181370.72", amounts);
        Assert.All(amounts, amount => Assert.Matches(@"^\d+(\.\d{1,2})?$", amount));
        var sources = events.Rows.Select(row => row[events.Header.ToList().IndexOf("sources")]).ToList();
        Assert.Contains(sources, cell => cell.Contains(';', StringComparison.Ordinal));
        Assert.All(sources, cell => Assert.Equal(cell.Split(';').Order(StringComparer.Ordinal), cell.Split(';')));
    }

    private static IReadOnlyList<string> Cells(JsonElement row, IReadOnlyList<string> header)
    {
        Assert.Equal(header, row.EnumerateObject().Select(p => p.Name).ToList());
        return [.. header.Select(column => CellText.Of(row.GetProperty(column)))];
    }
}
