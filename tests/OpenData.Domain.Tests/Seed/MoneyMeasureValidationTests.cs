using OpenData.Domain.Collections;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Seed;

/// <summary>
/// What a money amount measures and which record a share is part of: every broken case is reported with its file,
/// line and column, so a wrong total can never be built from the seed.
/// </summary>
public sealed class MoneyMeasureValidationTests : IDisposable
{
    private const string Federal = "- id: avgm-gasto-2021-2022-federal\n";
    private const string State = "- id: avgm-gasto-2021-2022-estatal\n";
    private const string Pftpg = "- id: pftpg-durango-2020\n";

    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Measure_is_read_into_every_funding_record_and_agreement()
    {
        var validation = SeedValidator.Validate(seed.Dir);

        Assert.Empty(validation.Problems);
        Assert.Equal(
            [("avgm-gasto-2021-2022-estatal", MoneyMeasure.Spent), ("avgm-gasto-2021-2022-federal", MoneyMeasure.Spent),
             ("conavim-iem-2023", MoneyMeasure.Transfer), ("pftpg-durango-2020", MoneyMeasure.Transfer)],
            validation.Records.Records<FundingRecord>().Select(r => (r.Id, r.Measure)));
        Assert.Equal(MoneyMeasure.Transfer, Assert.Single(validation.Records.Records<Agreement>()).Measure);
    }

    [Fact]
    public void Missing_measure_is_reported_at_the_record()
    {
        seed.Replace("fundingRecords.yaml", "  amountQualifier: AT_LEAST\n  measure: TRANSFER\n", "  amountQualifier: AT_LEAST\n");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/fundingRecords.yaml:{seed.LineOf("fundingRecords.yaml", Pftpg.Trim())}:3: pftpg-durango-2020.measure: is required", problem.ToString());
    }

    [Fact]
    public void Unknown_measure_is_reported_at_the_value()
    {
        seed.Replace("agreements.yaml", "measure: TRANSFER", "measure: SUBSIDIO");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/agreements.yaml:{seed.At("agreements.yaml", "SUBSIDIO")}: convenio-avgm-2023.measure: 'SUBSIDIO' is not one of "
            + "BUDGET, PROPOSED_INCREASE, TRANSFER, ANNOUNCED, SPENT, NOT_SPENT, RETURNED, OUTSTANDING_LOANS, PRIZE, NOT_STATED",
            problem.ToString());
    }

    [Fact]
    public void A_share_of_a_record_of_the_same_measure_is_valid_and_linked()
    {
        PartOf(Federal, "avgm-gasto-2021-2022-estatal");

        var validation = SeedValidator.Validate(seed.Dir);

        Assert.Empty(validation.Problems);
        Assert.Equal("avgm-gasto-2021-2022-estatal", validation.Records.Records<FundingRecord>().Single(r => r.Id == "avgm-gasto-2021-2022-federal").PartOfId);
    }

    [Fact]
    public void Share_whose_record_is_missing_is_reported_at_partOfId()
    {
        PartOf(Pftpg, "pftpg-durango-2019");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/fundingRecords.yaml:{seed.At("fundingRecords.yaml", "pftpg-durango-2019")}: pftpg-durango-2020.partOfId: 'pftpg-durango-2019' is not an id in fundingRecords.yaml",
            problem.ToString());
    }

    [Fact]
    public void Share_of_another_measure_is_reported_at_partOfId()
    {
        PartOf(Pftpg, "avgm-gasto-2021-2022-estatal");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/fundingRecords.yaml:{seed.LineOf("fundingRecords.yaml", "partOfId: avgm-gasto-2021-2022-estatal")}:13: pftpg-durango-2020.partOfId: "
            + "'avgm-gasto-2021-2022-estatal' measures SPENT but this share measures TRANSFER; a share measures the same as the record it is part of",
            problem.ToString());
    }

    [Fact]
    public void Share_of_itself_is_reported_at_partOfId()
    {
        PartOf(Pftpg, "pftpg-durango-2020");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/fundingRecords.yaml:{seed.LineOf("fundingRecords.yaml", "partOfId: pftpg-durango-2020")}:13: pftpg-durango-2020.partOfId: "
            + "'pftpg-durango-2020' names the record itself; a share is part of another record",
            problem.ToString());
    }

    [Fact]
    public void Shares_of_each_other_are_reported_as_a_cycle_at_both()
    {
        PartOf(Federal, "avgm-gasto-2021-2022-estatal");
        PartOf(State, "avgm-gasto-2021-2022-federal");

        var problems = SeedValidator.Validate(seed.Dir).Problems;

        Assert.Equal(
            [
                ("avgm-gasto-2021-2022-estatal", "shares form a cycle (avgm-gasto-2021-2022-estatal → avgm-gasto-2021-2022-federal → avgm-gasto-2021-2022-estatal); a share cannot contain its own whole"),
                ("avgm-gasto-2021-2022-federal", "shares form a cycle (avgm-gasto-2021-2022-federal → avgm-gasto-2021-2022-estatal → avgm-gasto-2021-2022-federal); a share cannot contain its own whole"),
            ],
            problems.Select(p => (p.Record, p.Message)));
        Assert.All(problems, p => Assert.Equal(("partOfId", true), (p.Field, seed.Read("fundingRecords.yaml").Split('\n')[p.Line - 1].Contains("partOfId", StringComparison.Ordinal))));
    }

    [Fact]
    public void Share_larger_than_its_whole_is_reported()
    {
        PartOf(State, "avgm-gasto-2021-2022-federal");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("avgm-gasto-2021-2022-estatal", "partOfId", "the share (45181370.72) is larger than 'avgm-gasto-2021-2022-federal' (40459815.22)"),
            (problem.Record, problem.Field, problem.Message));
    }

    [Fact]
    public void Conflict_also_concerns_other_records_which_then_list_it()
    {
        seed.Replace("conflicts.yaml", "  claims:\n", "  alsoConcerns:\n    Municipality: [durango, gomez-palacio]\n  claims:\n");

        var validation = SeedValidator.Validate(seed.Dir);

        Assert.Empty(validation.Problems);
        var conflict = Assert.Single(validation.Records.Records<Conflict>());
        Assert.Equal(["Municipality:durango", "Municipality:gomez-palacio"], conflict.AlsoConcerns);
        Assert.All(validation.Records.Records<Municipality>(), m => Assert.Same(conflict, Assert.Single(m.Conflicts)));
        Assert.Same(conflict, Assert.Single(validation.Records.Records<HistoryEvent>().Single(e => e.Id == "avgm-declaracion-2018").Conflicts));
    }

    [Fact]
    public void Conflict_concerns_that_do_not_resolve_are_reported_each_at_its_place()
    {
        seed.Replace("conflicts.yaml", "  claims:\n",
            "  alsoConcerns:\n    Municipio: [durango]\n    Municipality: [lerdo, durango, durango]\n    HistoryEvent: [avgm-declaracion-2018]\n  claims:\n");

        var problems = SeedValidator.Validate(seed.Dir).Problems.Select(p => (p.Line, p.Field, p.Message)).ToList();

        var line = seed.LineOf("conflicts.yaml", "alsoConcerns:");
        Assert.Equal(
            [
                (line + 1, "alsoConcerns", "'Municipio' is not one of " + string.Join(", ", DatasetCollections.All.SubjectTypes.Keys)),
                (line + 2, "alsoConcerns", "'lerdo' is not an id in municipalities.yaml"),
                (line + 2, "alsoConcerns", "'durango' is listed twice under Municipality"),
                (line + 3, "alsoConcerns", "'avgm-declaracion-2018' is the conflict's subject already; list only the other records"),
            ],
            problems);
    }

    private void PartOf(string record, string whole)
    {
        var text = seed.Read("fundingRecords.yaml");
        var at = text.IndexOf(record, StringComparison.Ordinal);
        Assert.True(at >= 0, record);
        var purpose = text.IndexOf("  purpose:", at, StringComparison.Ordinal);
        seed.Write("fundingRecords.yaml", string.Concat(text.AsSpan(0, purpose), $"  partOfId: {whole}\n", text.AsSpan(purpose)));
    }
}
