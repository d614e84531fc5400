using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace OpenData.Api.Tests.Provenance;

/// <summary>`provenance` answers, for the institution and a funding record, the sources each field's value comes from, as the seed says.</summary>
public sealed class FieldProvenanceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query ($funding: ID!) {
          institution { provenance { field perField sources { slug } } }
          fundingRecord(id: $funding) { provenance { field perField sources { slug } } amount: provenance(field: "amount") { field sources { slug } } }
        }
        """;

    [Fact]
    public async Task Field_sources_match_the_seed_and_differ_between_fields()
    {
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync(Query, new { funding = "conavim-cjm-laguna-2021" });

        var institution = Provenance(data.GetProperty("institution"));
        AssertMatchesSeed("institutions.yaml", "iem-durango", institution);
        Assert.Equal(["src-ammjum-durango"], institution["address"].Sources);
        Assert.Equal(["src-iem-antecedentes"], institution["mission"].Sources);
        Assert.True(institution["address"].PerField);

        var funding = Provenance(data.GetProperty("fundingRecord"));
        AssertMatchesSeed("fundingRecords.yaml", "conavim-cjm-laguna-2021", funding);
        Assert.Equal(["src-jornada-2021-07-14-mujeres-laguna"], funding["amount"].Sources);
        Assert.Equal(3, funding["purpose"].Sources.Count);
        Assert.False(funding["purpose"].PerField);

        var one = Assert.Single(data.GetProperty("fundingRecord").GetProperty("amount").EnumerateArray());
        Assert.Equal("amount", one.GetProperty("field").GetString());
        Assert.Equal(["src-jornada-2021-07-14-mujeres-laguna"], one.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task The_download_carries_the_field_sources_in_a_table_of_their_own()
    {
        var csv = await factory.CreateClient().GetStringAsync(new Uri("/export/fieldProvenance.csv", UriKind.Relative));

        var lines = csv.Split('\n');
        Assert.Equal("id,recordType,recordId,field,position,perField,sources", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("Institution:iem-durango:address,Institution,iem-durango,address,", StringComparison.Ordinal) && l.Contains(",true,src-ammjum-durango", StringComparison.Ordinal));
    }

    private static Dictionary<string, (bool PerField, List<string> Sources)> Provenance(JsonElement record) =>
        record.GetProperty("provenance").EnumerateArray().ToDictionary(
            p => p.GetProperty("field").GetString()!,
            p => (p.GetProperty("perField").GetBoolean(), p.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal).ToList()));

    /// <summary>Reads the record's `sources` and `fieldSources` from the seed file itself and checks every field the API lists.</summary>
    private static void AssertMatchesSeed(string file, string id, Dictionary<string, (bool PerField, List<string> Sources)> provenance)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Seed, file))));
        var record = ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>()
            .Single(r => ((YamlScalarNode)r.Children[new YamlScalarNode("id")]).Value == id);
        var all = ((YamlSequenceNode)record.Children[new YamlScalarNode("sources")]).Children.Select(s => ((YamlScalarNode)s).Value!).Order(StringComparer.Ordinal).ToList();
        var named = new Dictionary<string, List<string>>();
        foreach (var (source, fields) in (YamlMappingNode)record.Children[new YamlScalarNode("fieldSources")])
        {
            foreach (var field in ((YamlSequenceNode)fields).Children.Select(f => ((YamlScalarNode)f).Value!))
            {
                var apiName = field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field;
                (named.TryGetValue(apiName, out var list) ? list : named[apiName] = []).Add(((YamlScalarNode)source).Value!);
            }
        }

        Assert.NotEmpty(named);
        foreach (var (field, (perField, sources)) in provenance)
        {
            var expected = named.TryGetValue(field, out var list) ? list.Order(StringComparer.Ordinal).ToList() : all;
            Assert.Equal(named.ContainsKey(field), perField);
            Assert.Equal(expected, sources);
        }

        Assert.All(named.Keys, field => Assert.Contains(field, provenance.Keys));
    }
}
