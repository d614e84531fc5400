using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Build;

/// <summary>How values are stored: exact money, enum text, flat partial dates; all usable in SQL.</summary>
public sealed class StorageTests : IAsyncLifetime, IDisposable
{
    private readonly SeedCopy seed = new();

    private string Database => Path.Combine(seed.Root, "opendata.db");

    public async Task InitializeAsync()
    {
        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Money_is_stored_exactly_as_integer_centavos()
    {
        var row = DatabaseDump.Rows(Database, "SELECT AmountCents, typeof(AmountCents) FROM FundingRecords WHERE Id = 'avgm-gasto-2021-2022-federal'").Single();

        Assert.Equal((4045981522L, "integer"), ((long)row[0], (string)row[1]));
    }

    [Fact]
    public async Task Money_filters_sorts_and_sums_in_sql()
    {
        await using var context = Open();

        var above = await context.Set<FundingRecord>().Where(f => f.Amount > 40459815.22m).Select(f => f.Id).ToListAsync();
        var sorted = await context.Set<FundingRecord>().OrderByDescending(f => f.Amount).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync();
        var total = await context.Set<FundingRecord>().SumAsync(f => f.Amount);
        var federal = await context.Set<FundingRecord>().SingleAsync(f => f.Id == "avgm-gasto-2021-2022-federal");

        Assert.Equal(["avgm-gasto-2021-2022-estatal"], above);
        Assert.Equal(["avgm-gasto-2021-2022-estatal", "avgm-gasto-2021-2022-federal", "pftpg-durango-2020", "conavim-iem-2023"], sorted);
        Assert.Equal(92641185.94m, total);
        Assert.Equal(40459815.22m, federal.Amount);
        Assert.Null(await context.Set<FundingRecord>().Where(f => f.Id == "conavim-iem-2023").Select(f => f.Amount).SingleAsync());
    }

    [Fact]
    public async Task Enums_are_stored_as_their_seed_text_and_filter_in_sql()
    {
        await using var context = Open();

        Assert.Equal("CIVIL_SOCIETY", EnumText.Format(SourceKind.CivilSociety));
        Assert.Equal("JUSTICE_CENTRE", DatabaseDump.Scalar(Database, "SELECT Kind FROM Centres"));
        Assert.Equal("NOT_STATED", DatabaseDump.Scalar(Database, "SELECT AmountQualifier FROM FundingRecords WHERE Id = 'conavim-iem-2023'"));
        Assert.Equal("MONTH", DatabaseDump.Scalar(Database, "SELECT DatePrecision FROM HistoryEvents WHERE Id = 'avgm-declaracion-2018'"));
        Assert.Equal(2, await context.Set<Source>().CountAsync(s => s.Kind == SourceKind.Press));
        Assert.Equal(["avgm-declaracion-2018"], await context.Set<HistoryEvent>().Where(e => e.Category == HistoryCategory.GenderAlert).Select(e => e.Id).ToListAsync());
    }

    [Fact]
    public async Task Partial_dates_are_stored_as_text_precision_start_and_end()
    {
        await using var context = Open();

        var declared = await context.Set<HistoryEvent>().SingleAsync(e => e.Id == "avgm-declaracion-2018");
        var after2010 = await context.Set<HistoryEvent>().Where(e => e.Date.Start >= new DateOnly(2010, 1, 1)).Select(e => e.Id).ToListAsync();

        Assert.Equal(("2018-11", DatePrecision.Month, new DateOnly(2018, 11, 1), new DateOnly(2018, 11, 30)), (declared.Date.Text, declared.Date.Precision, declared.Date.Start, declared.Date.End));
        Assert.Equal(["avgm-declaracion-2018"], after2010);
        Assert.Null(await context.Set<Source>().Where(s => s.Id == "iem-antecedentes").Select(s => s.PublishedOn).SingleAsync());
    }

    [Fact]
    public async Task Relations_and_lists_round_trip()
    {
        await using var context = Open();

        var person = await context.Set<Person>().SingleAsync(p => p.Id == "maribel-aguilera-chaidez");
        var conflict = await context.Set<Conflict>().Include(c => c.Claims).ThenInclude(c => c.Sources).SingleAsync();
        var centre = await context.Set<Centre>().Include(c => c.MunicipalitiesServed).Include(c => c.Sources).SingleAsync();
        var appointment = await context.Set<Appointment>().Include(a => a.Person).SingleAsync();

        Assert.Equal(["Maribel Aguilera Cháirez"], person.AlternateSpellings);
        Assert.Equal(["avgm-fecha-declaracion-5-nov", "avgm-fecha-declaracion-7-nov"], conflict.Claims.OrderBy(c => c.Position).Select(c => c.Id));
        Assert.Equal("proceso-2025-incumplimiento", conflict.Claims.Single(c => c.Position == 2).Sources.Single().Id);
        Assert.Equal(["durango"], centre.MunicipalitiesServed.Select(m => m.Id));
        Assert.Equal([2023], appointment.AttestedYears);
        Assert.Equal("Alejandra Elizabeth Terrones Ochoa", appointment.Person!.Name);
    }

    [Fact]
    public void Main_filter_and_sort_columns_are_indexed()
    {
        var indexes = DatabaseDump.Rows(Database, "SELECT name FROM sqlite_master WHERE type = 'index'").Select(r => (string)r[0]).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "IX_HistoryEvents_DateStart_Id", "IX_HistoryEvents_Category_Id", "IX_FundingRecords_FiscalYear_Id", "IX_FundingRecords_AmountCents_Id",
                "IX_Programs_Level_Id", "IX_Sources_Kind_Id", "IX_Centres_Kind_Id", "IX_Municipalities_Name_Id", "IX_Objectives_PlanId_Position",
                "IX_Appointments_PersonId", "IX_HistoryEventSources_SourceId",
            },
            indexes);
    }

    private OpenDataDbContext Open() => new(DatasetBuilder.Options(Database, readOnly: true));
}
