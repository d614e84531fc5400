using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.Funding;
using OpenData.Api.Explorer;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Errors;

namespace OpenData.Api.Tests.Money;

/// <summary>
/// The published totals (README example 19 and <c>fundingTotals</c>) add only amounts that measure the same thing in
/// the same period, never a share with its whole: every figure is checked against sums computed from seed/*.yaml.
/// </summary>
public sealed class FundingTotalsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private sealed record SeedMoney(string Id, string Measure, string? PartOf, int? Year, int? YearEnd, string? Program, decimal? Amount, string Qualifier, string Purpose);

    private static readonly IReadOnlyList<SeedMoney> Seed = [.. SeedYaml.Records("fundingRecords").Select(r => new SeedMoney(
        r.Text("id")!, r.Text("measure")!, r.Text("partOfId"), r.Int("fiscalYear"), r.Int("fiscalYearEnd"), r.Text("programId"),
        r.Money("amount"), r.Text("amountQualifier")!, r.Text("purpose")!))];

    [Fact]
    public async Task Every_total_of_example_19_is_the_sum_of_its_seed_records_of_one_measure()
    {
        var rows = await ExampleTotalsAsync();

        // The expected rows, from the seed: wholes only; one group per measure and period; a record whose measure or
        // year is not stated stands alone.
        var expected = Seed.Where(r => r.PartOf is null)
            .GroupBy(r => (r.Measure, r.Year, r.YearEnd, Alone: r.Measure == "NOT_STATED" || r.Year is null ? r.Id : null))
            .ToDictionary(g => string.Join(';', g.Select(r => r.Id).Order(StringComparer.Ordinal)), g => g.ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => string.Join(';', r.RecordIds)).Order(StringComparer.Ordinal));

        foreach (var row in rows)
        {
            var records = expected[string.Join(';', row.RecordIds)];
            var stated = records.Where(r => r.Amount is not null).ToList();
            Assert.All(records, r => Assert.Equal((row.Measure, row.Year, row.YearEnd), (r.Measure, r.Year, r.YearEnd)));
            Assert.Equal(stated.Count == 0 ? null : stated.Sum(r => r.Amount), row.Amount);
            Assert.Equal((records.Count, records.Count - stated.Count), (row.RecordCount, row.WithoutAmount));
            var qualifier = stated.Count == 0 ? "NOT_STATED"
                : stated.Any(r => r.Qualifier == "APPROXIMATE") ? "APPROXIMATE"
                : stated.Count < records.Count || stated.Any(r => r.Qualifier == "AT_LEAST") ? "AT_LEAST" : "EXACT";
            Assert.Equal(qualifier, row.Qualifier);
        }
    }

    [Fact]
    public async Task Example_19_gives_the_2006_budget_once_and_never_mixes_AVGM_spending_with_other_money()
    {
        var rows = await ExampleTotalsAsync();

        var budget2006 = Seed.Single(r => r.Year == 2006 && r.Measure == "BUDGET" && r.PartOf is null);
        var share2006 = Seed.Single(r => r.Year == 2006 && r.PartOf is not null);
        Assert.Equal(budget2006.Id, share2006.PartOf);
        var year2006 = Assert.Single(rows, r => r.Year == 2006);
        Assert.Equal([budget2006.Id], year2006.RecordIds);
        Assert.Equal(budget2006.Amount, year2006.Amount);
        Assert.DoesNotContain(rows, r => r.RecordIds.Contains(share2006.Id));

        var avgmSpending = Seed.Where(r => r.Measure == "SPENT" && r.Purpose.Contains("AVGM", StringComparison.Ordinal)).Select(r => r.Id).ToHashSet();
        Assert.NotEmpty(avgmSpending);
        foreach (var row in rows.Where(r => r.RecordIds.Any(avgmSpending.Contains)))
        {
            Assert.Equal("SPENT", row.Measure);
            Assert.All(row.RecordIds, id => Assert.Contains(id, avgmSpending));
        }

        Assert.Equal(rows.Count, rows.Select(r => r.Label).Distinct().Count());
    }

    [Fact]
    public async Task Shares_come_in_rows_of_their_own_only_when_asked()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            {
              fundingTotals(includeShares: true, measures: [BUDGET]) { label share fiscalYear amount amountQualifier recordIds }
              whole: fundingRecord(id: "imd-presupuesto-2006") { parts { slug amount } partOf { slug } }
              part: fundingRecord(id: "imd-programa-violencia-2006") { measure partOf { slug measure amount } }
            }
            """);

        var rows2006 = data.GetProperty("fundingTotals").EnumerateArray().Where(r => r.GetProperty("fiscalYear").ValueKind == JsonValueKind.Number && r.GetProperty("fiscalYear").GetInt32() == 2006).ToList();
        var share = Seed.Single(r => r.Year == 2006 && r.PartOf is not null);
        var whole = Seed.Single(r => r.Id == share.PartOf);
        Assert.Equal(
            [(false, whole.Amount, whole.Id, "Presupuesto asignado en 2006"), (true, share.Amount, share.Id, "Partes de otros registros: presupuesto asignado en 2006")],
            rows2006.Select(r => (r.GetProperty("share").GetBoolean(), (decimal?)r.GetProperty("amount").GetDecimal(), r.GetProperty("recordIds")[0].GetString(), r.GetProperty("label").GetString())));
        Assert.Equal("APPROXIMATE", rows2006[1].GetProperty("amountQualifier").GetString());
        Assert.Equal(share.Id, data.GetProperty("whole").GetProperty("parts")[0].GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("whole").GetProperty("partOf").ValueKind);
        Assert.Equal((whole.Id, "BUDGET", "BUDGET"), (
            data.GetProperty("part").GetProperty("partOf").GetProperty("slug").GetString(),
            data.GetProperty("part").GetProperty("partOf").GetProperty("measure").GetString(),
            data.GetProperty("part").GetProperty("measure").GetString()));
    }

    [Fact]
    public async Task Totals_by_measure_and_programme_add_only_that_measure()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("{ fundingTotals(groupBy: [PROGRAM], measures: [TRANSFER]) { measure program { slug } amount recordIds label } }");

        var rows = data.GetProperty("fundingTotals").EnumerateArray().ToList();
        var transfers = Seed.Where(r => r.Measure == "TRANSFER" && r.PartOf is null).GroupBy(r => r.Program).ToList();
        Assert.Equal(transfers.Count, rows.Count);
        foreach (var row in rows)
        {
            var program = row.GetProperty("program").ValueKind == JsonValueKind.Null ? null : row.GetProperty("program").GetProperty("slug").GetString();
            var group = transfers.Single(g => g.Key == program);
            Assert.Equal("TRANSFER", row.GetProperty("measure").GetString());
            Assert.Equal(group.Select(r => r.Id), row.GetProperty("recordIds").EnumerateArray().Select(e => e.GetString()));
            var sum = group.Any(r => r.Amount is not null) ? group.Sum(r => r.Amount ?? 0) : (decimal?)null;
            Assert.Equal(sum, row.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : row.GetProperty("amount").GetDecimal());
            Assert.StartsWith("Subsidios y transferencias", row.GetProperty("label").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Grouped_aggregates_can_group_by_measure_without_shares()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            { fundingRecords(where: { partOfId: { eq: null } }) { groupedAggregates(groupBy: [MEASURE, FISCAL_YEAR]) { keys { measure fiscalYear } sum { amount } } } }
            """);

        var budget2006 = data.GetProperty("fundingRecords").GetProperty("groupedAggregates").EnumerateArray()
            .Single(g => g.GetProperty("keys").GetProperty("measure").GetString() == "BUDGET" && g.GetProperty("keys").GetProperty("fiscalYear").ValueKind == JsonValueKind.Number && g.GetProperty("keys").GetProperty("fiscalYear").GetInt32() == 2006);
        Assert.Equal(Seed.Where(r => r.Year == 2006 && r.Measure == "BUDGET" && r.PartOf is null).Sum(r => r.Amount), budget2006.GetProperty("sum").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task More_rows_than_the_limit_is_TOO_MANY_GROUPS_not_a_slow_answer()
    {
        // Every record standing alone (no year, measure not stated) makes one row each.
        var records = Enumerable.Range(0, FundingTotals.MaxRows + 1)
            .Select(i => new FundingRecord { Id = $"r-{i:D5}", Measure = MoneyMeasure.NotStated, AmountQualifier = AmountQualifier.NotStated, Purpose = "x" });
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        // Opened here, before EF Core could register the model's collation on it.
        connection.CreateCollation(DatasetCollation.Spanish.Name, DatasetCollation.Spanish.Compare);
        await connection.OpenAsync();
        await using var db = new OpenDataDbContext(new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        db.FundingRecords.AddRange(records);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DataError>(() => FundingTotals.ComputeAsync(db, [FundingTotalGroup.FiscalPeriod], null, false, default));

        Assert.Equal("TOO_MANY_GROUPS", error.Code);
    }

    private sealed record Row(string Label, string Measure, int? Year, int? YearEnd, decimal? Amount, string Qualifier, int RecordCount, int WithoutAmount, IReadOnlyList<string> RecordIds);

    private async Task<IReadOnlyList<Row>> ExampleTotalsAsync()
    {
        var example = new ExampleQueries().All.Single(e => e.Name == "19-totales-por-anio-y-tipo");
        var client = new GraphQLClient(factory.CreateClient());
        var data = await client.DataAsync(example.Query);
        return [.. data.GetProperty("fundingTotals").EnumerateArray().Select(r => new Row(
            r.GetProperty("label").GetString()!,
            r.GetProperty("measure").GetString()!,
            IntOrNull(r.GetProperty("fiscalYear")),
            IntOrNull(r.GetProperty("fiscalYearEnd")),
            r.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : decimal.Parse(r.GetProperty("amount").GetRawText(), CultureInfo.InvariantCulture),
            r.GetProperty("amountQualifier").GetString()!,
            r.GetProperty("recordCount").GetInt32(),
            r.GetProperty("recordsWithoutAmount").GetInt32(),
            [.. r.GetProperty("recordIds").EnumerateArray().Select(e => e.GetString()!)]))];
    }

    private static int? IntOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
