using OpenData.Domain.Collections;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Tests.Seed;

public sealed class SeedValidatorTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Fixture_seed_is_valid_and_counted()
    {
        var validation = SeedValidator.Validate(seed.Dir);

        Assert.Empty(validation.Problems);
        Assert.Equal(
            string.Join(", ", DatasetCollections.All.Select(c => $"{FixtureCount(c)} {c.Name}")),
            validation.Records.DescribeCounts());
        Assert.StartsWith("4 sources, 1 institutions, 1 institutionNames, 2 historyEvents, 1 legalInstruments, ", validation.Records.DescribeCounts(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_cover_every_collection_in_the_documented_order()
    {
        var counts = SeedValidator.Validate(seed.Dir).Records.Counts;

        Assert.Equal(DatasetCollections.All.Select(c => c.Name), counts.Select(c => c.Key));
        // A collection the fixture has no file for (see SeedCopy) is empty; the others have records.
        Assert.All(counts, c => Assert.True(c.Value > 0 || seed.Empty.Contains(c.Key), c.Key));
        Assert.Equal(DatasetCollections.All.Files.Select(c => c.SeedFileName).Order(StringComparer.Ordinal), Directory.GetFiles(seed.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Duplicate_id_is_reported_with_file_and_line()
    {
        File.AppendAllText(seed.PathOf("sources.yaml"), "\n- id: sol-durango-si-hay-mujeres\n  title: Otra\n  kind: PRESS\n");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/sources.yaml:{seed.LineOf("sources.yaml", "- id: sol-durango-si-hay-mujeres", 2)}:7: sol-durango-si-hay-mujeres.id: "
            + $"duplicate id 'sol-durango-si-hay-mujeres' (first used at {seed.Dir}/sources.yaml:{seed.LineOf("sources.yaml", "- id: sol-durango-si-hay-mujeres")})",
            problem.ToString());
    }

    [Fact]
    public void Dangling_reference_is_reported_at_the_id()
    {
        seed.Replace("historyEvents.yaml", "municipalities: [durango, gomez-palacio]", "municipalities: [durango, lerdo]");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/historyEvents.yaml:{seed.At("historyEvents.yaml", "lerdo")}: avgm-declaracion-2018.municipalities: 'lerdo' is not an id in municipalities.yaml",
            problem.ToString());
    }

    [Fact]
    public void Bad_date_is_reported()
    {
        seed.Replace("historyEvents.yaml", "date: 2000-06-18", "date: 2000-02-30");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/historyEvents.yaml:{seed.LineOf("historyEvents.yaml", "2000-02-30")}:9: creacion-imd-2000.date: '2000-02-30' is not a calendar date",
            problem.ToString());
    }

    [Theory]
    [InlineData("2018-13", "'2018-13' has no month 13")]
    [InlineData("18-11", "'18-11' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("noviembre 2018", "'noviembre 2018' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2018-11-5", "'2018-11-5' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    public void Malformed_partial_dates_are_reported(string date, string message)
    {
        seed.Replace("programs.yaml", "since: 2008", "since: " + date);

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("pftpg", "since", message), (problem.Record, problem.Field, problem.Message));
        Assert.Equal(seed.LineOf("programs.yaml", "since:"), problem.Line);
    }

    [Fact]
    public void Negative_amount_is_reported()
    {
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: -7000000");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/fundingRecords.yaml:{seed.LineOf("fundingRecords.yaml", "-7000000")}:11: pftpg-durango-2020.amount: -7000000 is negative; amounts are never negative",
            problem.ToString());
    }

    [Theory]
    [InlineData("7,000,000", "'7,000,000' is not an amount: write it without thousands separators, e.g. 1500000 or 40459815.22")]
    [InlineData("7000000.125", "7000000.125 has more than two decimals (amounts are in pesos and centavos)")]
    [InlineData("siete millones", "'siete millones' is not an amount (a plain number such as 1500000 or 40459815.22)")]
    public void Malformed_amounts_are_reported(string amount, string message)
    {
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: " + amount);

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("pftpg-durango-2020", "amount", message), (problem.Record, problem.Field, problem.Message));
    }

    [Fact]
    public void Amount_must_be_absent_exactly_when_not_stated()
    {
        seed.Replace("fundingRecords.yaml", "  amount: 7000000\n", "");
        seed.Replace("agreements.yaml", "fiscalYear: 2023\n", "fiscalYear: 2023\n  amount: 1300000\n");

        var problems = SeedValidator.Validate(seed.Dir).Problems;

        Assert.Collection(
            problems.OrderBy(p => p.File, StringComparer.Ordinal),
            p => Assert.Equal(
                $"{seed.Dir}/agreements.yaml:{seed.LineOf("agreements.yaml", "amountQualifier")}:20: convenio-avgm-2023.amountQualifier: is NOT_STATED but an amount is given",
                p.ToString()),
            p => Assert.Equal(
                ("pftpg-durango-2020", "amountQualifier", "is AT_LEAST but no amount is given (use NOT_STATED)", seed.LineOf("fundingRecords.yaml", "AT_LEAST")),
                (p.Record, p.Field, p.Message, p.Line)));
    }

    [Fact]
    public void Record_without_sources_is_reported_at_the_record()
    {
        seed.Replace("programs.yaml", "  sources: [iem-antecedentes]\n", "");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/programs.yaml:{seed.LineOf("programs.yaml", "- id: pftpg")}:3: pftpg.sources: is required", problem.ToString());
    }

    [Fact]
    public void Empty_sources_list_is_reported()
    {
        seed.Replace("programs.yaml", "sources: [iem-antecedentes]", "sources: []");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("pftpg", "sources", "needs at least one source"), (problem.Record, problem.Field, problem.Message));
        Assert.Equal(seed.LineOf("programs.yaml", "sources: []"), problem.Line);
    }

    [Fact]
    public void Claim_without_sources_is_reported_under_its_own_id()
    {
        seed.Replace("conflicts.yaml", "      sources: [proceso-2025-incumplimiento]\n", "");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/conflicts.yaml:{seed.LineOf("conflicts.yaml", "- id: avgm-fecha-declaracion-7-nov")}:7: avgm-fecha-declaracion-7-nov.sources: is required",
            problem.ToString());
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_file_and_line()
    {
        seed.Replace("policies.yaml", "name: Igualdad de género", "name: [Igualdad de género");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/policies.yaml", problem.File);
        Assert.Equal(SeedProblem.FileRecord, problem.Record);
        Assert.Equal(seed.LineOf("policies.yaml", "text:"), problem.Line);
        Assert.StartsWith("YAML syntax error: ", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{seed.Dir}/policies.yaml:{problem.Line}:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_value_is_reported_in_the_documented_format()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/programs.yaml:{seed.LineOf("programs.yaml", "level: FOO")}:10: pftpg.level: 'FOO' is not one of FEDERAL, STATE, MUNICIPAL",
            problem.ToString());
    }

    [Fact]
    public void Problems_name_the_seed_dir_as_given()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, seed.Dir) + "/";

        var problem = Assert.Single(SeedValidator.Validate(relative).Problems);

        Assert.StartsWith(relative + "programs.yaml:", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("//", problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflict_with_one_claim_is_reported()
    {
        var text = seed.Read("conflicts.yaml");
        var secondClaim = text.IndexOf("    - id: avgm-fecha-declaracion-7-nov", StringComparison.Ordinal);
        var conflictSources = text.IndexOf("\n  sources: [sol-durango", StringComparison.Ordinal) + 1;
        seed.Write("conflicts.yaml", text.Remove(secondClaim, conflictSources - secondClaim));

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/conflicts.yaml:{seed.LineOf("conflicts.yaml", "claims:") + 1}:5: avgm-fecha-declaracion.claims: needs at least 2 claims, found 1",
            problem.ToString());
    }

    [Fact]
    public void Conflict_subject_must_resolve()
    {
        seed.Replace("conflicts.yaml", "subjectId: avgm-declaracion-2018", "subjectId: avgm-declaracion-2017");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/conflicts.yaml:{seed.LineOf("conflicts.yaml", "subjectId:")}:14: avgm-fecha-declaracion.subjectId: 'avgm-declaracion-2017' is not an id in historyEvents.yaml",
            problem.ToString());
    }

    [Fact]
    public void Conflict_subject_type_must_be_an_entity_name()
    {
        seed.Replace("conflicts.yaml", "subjectType: HistoryEvent", "subjectType: historyEvents");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("avgm-fecha-declaracion", "subjectType"), (problem.Record, problem.Field));
        Assert.StartsWith("'historyEvents' is not one of Source, Institution, HistoryEvent,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_positions_are_unique_within_their_conflict()
    {
        seed.Replace("conflicts.yaml", "position: 2", "position: 1");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            ("avgm-fecha-declaracion-7-nov", "position", "position 1 is already used by 'avgm-fecha-declaracion-5-nov' in the same conflict"),
            (problem.Record, problem.Field, problem.Message));
        Assert.Equal(seed.LineOf("conflicts.yaml", "position: 1", 2), problem.Line);
    }

    [Fact]
    public void Signatory_person_must_resolve()
    {
        seed.Replace("agreements.yaml", "personId: alejandra-terrones-ochoa", "personId: alejandra-terrones");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            ("convenio-avgm-2023-terrones", "personId", "'alejandra-terrones' is not an id in people.yaml", seed.LineOf("agreements.yaml", "personId:")),
            (problem.Record, problem.Field, problem.Message, problem.Line));
    }

    [Fact]
    public void Records_out_of_id_order_are_reported()
    {
        var text = seed.Read("glossaryTerms.yaml");
        var mam = text.IndexOf("- id: mam", StringComparison.Ordinal);
        seed.Write("glossaryTerms.yaml", text[mam..] + "\n" + text[..mam].TrimEnd('\n') + "\n");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(
            $"{seed.Dir}/glossaryTerms.yaml:{seed.LineOf("glossaryTerms.yaml", "- id: imef")}:7: imef.id: 'imef' is out of order: records are sorted by id, so it must come before 'mam'",
            problem.ToString());
    }

    [Theory]
    [InlineData("- id: pftpg", "- id: PFTPG", "id", "'PFTPG' is not a slug")]
    [InlineData("- id: pftpg", "- id: pftpg--2008", "id", "'pftpg--2008' is not a slug")]
    [InlineData("acronym: PFTPG", "acronim: PFTPG", "acronim", "'acronim' is not a field of Program (see seed/README.md)")]
    [InlineData("name: Programa", "nombre: Programa", "name", "is required")]
    [InlineData("level: FEDERAL", "level: [FEDERAL]", "level", "expected one of FEDERAL, STATE, MUNICIPAL, found a list")]
    [InlineData("sources: [iem-antecedentes]", "sources: [iem-antecedentes, iem-antecedentes]", "sources", "'iem-antecedentes' is listed twice")]
    [InlineData("sources: [iem-antecedentes]", "sources: iem-antecedentes", "sources", "expected a list of ids, found a single value")]
    public void Field_problems_name_the_field(string find, string replacement, string field, string message)
    {
        seed.Replace("programs.yaml", find, replacement);

        var problems = SeedValidator.Validate(seed.Dir).Problems;

        Assert.Contains(problems, p => p.File.EndsWith("/programs.yaml", StringComparison.Ordinal) && p.Field == field && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url: https://iemujer.durango.gob.mx/antecedentes", "url: iemujer.durango.gob.mx/antecedentes", "'iemujer.durango.gob.mx/antecedentes' is not an absolute http or https URL")]
    [InlineData("url: https://iemujer.durango.gob.mx/antecedentes", "url: ftp://iemujer.durango.gob.mx/antecedentes", "'ftp://iemujer.durango.gob.mx/antecedentes' is not an absolute http or https URL")]
    [InlineData("kind: PRESS\n  url: https://www.proceso", "kind: Press\n  url: https://www.proceso", "'Press' is not one of OFFICIAL, PRESS, ACADEMIC, CIVIL_SOCIETY, OTHER")]
    public void Source_fields_are_checked(string find, string replacement, string message)
    {
        seed.Replace("sources.yaml", find, replacement);

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void End_before_start_is_reported()
    {
        seed.Replace("plans.yaml", "periodEndYear: 2022", "periodEndYear: 2012");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal(("ped-2016-2022", "periodEndYear", "2012 is before periodStartYear 2016"), (problem.Record, problem.Field, problem.Message));
    }

    [Fact]
    public void Missing_and_unknown_files_are_reported()
    {
        File.Delete(seed.PathOf("centres.yaml"));
        File.WriteAllText(seed.PathOf("centers.yaml"), "[]\n");

        var problems = SeedValidator.Validate(seed.Dir).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                $"{seed.Dir}/centers.yaml:1:1: (file): 'centers.yaml' is not a collection file; expected one of {string.Join(", ", DatasetCollections.All.Files.Select(c => c.SeedFileName))}",
                $"{seed.Dir}/centres.yaml:1:1: (file): is missing (write [] for an empty collection)",
            ],
            problems);
    }

    [Fact]
    public void Crlf_line_endings_are_reported()
    {
        seed.Write("plans.yaml", seed.Read("plans.yaml").Replace("\n", "\r\n", StringComparison.Ordinal));

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/plans.yaml:1:20: (file): has CR LF line endings; use LF only", problem.ToString());
    }

    [Theory]
    [InlineData("- id: ped-2016-2022\n  name: A\n  name: B\n", 3)]
    [InlineData("- id: ped-2016-2022\n\tname: A\n", 1)]
    [InlineData("id: ped-2016-2022\nname: A\n", 1)]
    [InlineData("- id: ped-2016-2022\n---\n- id: other\n", 3)]
    [InlineData("- \"unterminated\n", 1)]
    public void Malformed_files_are_reported_not_thrown(string content, int line)
    {
        seed.Write("plans.yaml", content);

        var problems = SeedValidator.Validate(seed.Dir).Problems;

        var problem = Assert.Single(problems, p => p.File.EndsWith("/plans.yaml", StringComparison.Ordinal));
        Assert.Equal((SeedProblem.FileRecord, line), (problem.Record, problem.Line));
    }

    [Fact]
    public void A_record_that_is_not_a_mapping_is_reported()
    {
        seed.Write("glossaryTerms.yaml", "- imef\n");

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.Equal($"{seed.Dir}/glossaryTerms.yaml:1:3: (record 1): expected a record (a mapping of keys to values), found a single value", problem.ToString());
    }

    [Fact]
    public void Empty_collection_files_are_valid()
    {
        seed.Write("conflicts.yaml", "# no conflicts yet\n[]\n");
        seed.Write("glossaryTerms.yaml", "");

        Assert.Empty(SeedValidator.Validate(seed.Dir).Problems);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: -7000000");
        seed.Replace("historyEvents.yaml", "date: 2000-06-18", "date: 2000-02-30");
        seed.Replace("policies.yaml", "name: Igualdad de género", "name: [Igualdad de género");
        seed.Replace("centres.yaml", "municipalityId: durango", "municipalityId: lerdo");

        var problems = SeedValidator.Validate(seed.Dir).Problems;

        Assert.Equal(
            ["centres.yaml", "fundingRecords.yaml", "historyEvents.yaml", "policies.yaml", "programs.yaml"],
            problems.Select(p => Path.GetFileName(p.File)));
    }

    [Fact]
    public void Missing_seed_directory_throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => SeedValidator.Validate(Path.Combine(seed.Root, "nope")));
    }

    /// <summary>The records of <paramref name="collection"/> in the fixture, counted from its YAML (nested ones under their key).</summary>
    private int FixtureCount(CollectionDeclaration collection)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(seed.Read(collection.Parent?.SeedFileName ?? collection.SeedFileName)));
        var records = ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>();
        return collection.NestedKey is { } key
            ? records.Sum(r => r.Children.TryGetValue(new YamlScalarNode(key), out var nested) ? ((YamlSequenceNode)nested).Children.Count : 0)
            : records.Count();
    }
}
