using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Seed;

/// <summary>The <c>fieldSources</c> block: which of a record's sources back which of its fields.</summary>
public sealed class FieldSourcesTests : IDisposable
{
    private const string Record = "pftpg-durango-2020";
    private readonly SeedCopy seed = new();

    public FieldSourcesTests() =>
        seed.Replace("fundingRecords.yaml", "  purpose: Proyecto de transversalidad para Durango.\n  sources: [iem-antecedentes]",
            "  purpose: Proyecto de transversalidad para Durango.\n  sources: [iem-antecedentes, sol-durango-si-hay-mujeres]");

    public void Dispose() => seed.Dispose();

    private void Block(string block) =>
        seed.Replace("fundingRecords.yaml", "  sources: [iem-antecedentes, sol-durango-si-hay-mujeres]",
            "  sources: [iem-antecedentes, sol-durango-si-hay-mujeres]\n  fieldSources:\n" + block);

    [Fact]
    public void Named_fields_get_exactly_their_sources_and_the_others_keep_all()
    {
        Block("    sol-durango-si-hay-mujeres: [amount, amountQualifier]\n    iem-antecedentes: [purpose, programId]\n");

        var validation = SeedValidator.Validate(seed.Dir);

        Assert.Empty(validation.Problems);
        var rows = validation.Records.FieldProvenance.Where(p => p.RecordType == "FundingRecord" && p.RecordId == Record)
            .ToDictionary(p => p.Field, p => (p.PerField, Sources: string.Join(",", p.Sources.Select(s => s.Id))));
        Assert.Equal((true, "sol-durango-si-hay-mujeres"), rows["amount"]);
        Assert.Equal((true, "sol-durango-si-hay-mujeres"), rows["amountQualifier"]);
        Assert.Equal((true, "iem-antecedentes"), rows["purpose"]);
        Assert.Equal((true, "iem-antecedentes"), rows["program"]);
        Assert.Equal((false, "iem-antecedentes,sol-durango-si-hay-mujeres"), rows["fiscalYear"]);
        Assert.Equal((false, "iem-antecedentes,sol-durango-si-hay-mujeres"), rows["institution"]);
        Assert.Equal(["program", "institution", "fiscalYear", "amount", "amountQualifier", "measure", "purpose"], rows.Keys);
    }

    [Fact]
    public void Records_without_the_block_have_all_their_sources_on_every_field()
    {
        var validation = SeedValidator.Validate(seed.Dir);

        var rows = validation.Records.FieldProvenance.Where(p => p.RecordId == Record).ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, p => Assert.False(p.PerField));
        Assert.All(rows, p => Assert.Equal(["iem-antecedentes", "sol-durango-si-hay-mujeres"], p.Sources.Select(s => s.Id)));
    }

    [Fact]
    public void Unknown_field_field_without_value_and_foreign_source_are_reported_at_their_line()
    {
        Block("    sol-durango-si-hay-mujeres: [amount, amont, recipient]\n    dof-convenio-avgm-2023: [purpose]\n    iem-antecedentes: [note]\n");

        var problems = SeedValidator.Validate(seed.Dir).Problems.Select(p => p.ToString()).ToList();

        var file = $"{seed.Dir}/fundingRecords.yaml";
        Assert.Equal(
        [
            $"{file}:{seed.At("fundingRecords.yaml", "amont")}: {Record}.fieldSources: 'amont' is not a field of FundingRecord that a source can back (one of programId, institutionId, agreementId, fiscalYear, fiscalYearEnd, amount, amountQualifier, measure, partOfId, purpose, recipient)",
            $"{file}:{seed.At("fundingRecords.yaml", "recipient]")}: {Record}.fieldSources: 'recipient' has no value in this record",
            $"{file}:{seed.At("fundingRecords.yaml", "dof-convenio-avgm-2023: [purpose]")}: {Record}.fieldSources: 'dof-convenio-avgm-2023' is not one of this record's sources (iem-antecedentes, sol-durango-si-hay-mujeres)",
            $"{file}:{seed.At("fundingRecords.yaml", "note]")}: {Record}.fieldSources: 'note' is not a field of FundingRecord that a source can back (one of programId, institutionId, agreementId, fiscalYear, fiscalYearEnd, amount, amountQualifier, measure, partOfId, purpose, recipient)",
        ], problems);
    }

    [Fact]
    public void A_block_that_is_not_a_mapping_is_reported()
    {
        Block("    - amount\n");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/fundingRecords.yaml:{seed.At("fundingRecords.yaml", "- amount")}: {Record}.fieldSources: expected a mapping of source ids to lists of fields, found a list", problem.ToString());
    }
}
