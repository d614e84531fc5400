using System.Text;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Collections;
using YamlDotNet.RepresentationModel;

namespace OpenData.Api.Tests.Money;

/// <summary>
/// A conflict reaches every record it concerns, through the API: its main subject, the records it names under
/// alsoConcerns (the 16 municipalities of the AVGM declaration-day dispute among them), and every record whose note
/// sends the reader to it. Expected links are read from seed/*.yaml.
/// </summary>
public sealed partial class ConflictReachTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Global(string type, string slug) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{slug}"));

    /// <summary>(conflict, type, slug) for every record each conflict of seed/conflicts.yaml names, subject first.</summary>
    private static IEnumerable<(string Conflict, string Type, string Slug)> Named()
    {
        foreach (var conflict in SeedYaml.Records("conflicts"))
        {
            var id = conflict.Text("id")!;
            yield return (id, conflict.Text("subjectType")!, conflict.Text("subjectId")!);
            if (conflict.Node("alsoConcerns") is YamlMappingNode also)
            {
                foreach (var (type, ids) in also.Children)
                {
                    foreach (var item in ((YamlSequenceNode)ids).Children)
                    {
                        yield return (id, ((YamlScalarNode)type).Value!, ((YamlScalarNode)item).Value!);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Every_record_a_conflict_names_lists_it_and_the_conflict_lists_them_all()
    {
        var named = Named().ToList();
        Assert.Contains(named, n => n.Type == "Municipality");
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on PublishedRecord { slug conflicts { slug } } } conflicts(first: 50) { nodes { slug concerns { id } } } }",
            new { ids = named.Select(n => Global(n.Type, n.Slug)).ToArray() });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        for (var i = 0; i < named.Count; i++)
        {
            Assert.Equal(named[i].Slug, nodes[i].GetProperty("slug").GetString());
            Assert.Contains(named[i].Conflict, nodes[i].GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        }

        foreach (var conflict in data.GetProperty("conflicts").GetProperty("nodes").EnumerateArray())
        {
            var slug = conflict.GetProperty("slug").GetString();
            Assert.Equal(
                named.Where(n => n.Conflict == slug).Select(n => Global(n.Type, n.Slug)),
                conflict.GetProperty("concerns").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task The_16_municipalities_under_the_alert_show_the_declaration_day_dispute()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            query($conflict: ID!) {
              municipalities(where: { genderAlertDeclaredOn: { eq: "2018-11" } }, first: 50) {
                nodes { slug genderAlertDeclaredOn conflicts { slug subject { id } claims { value sources { url } } } }
              }
              disputed: municipalities(where: { conflicts: { some: { id: { eq: $conflict } } } }) { totalCount }
            }
            """,
            new { conflict = Global("Conflict", "avgm-fecha-declaracion") });

        var declared = SeedYaml.Records("municipalities").Where(m => m.Text("genderAlertDeclaredOn") is not null).Select(m => m.Text("id")).ToList();
        Assert.Equal(16, declared.Count);
        var nodes = data.GetProperty("municipalities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(declared.Order(StringComparer.Ordinal), nodes.Select(n => n.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        var claims = SeedYaml.Records("conflicts").Single(c => c.Text("id") == "avgm-fecha-declaracion").Node("claims") as YamlSequenceNode;
        foreach (var municipality in nodes)
        {
            var conflict = Assert.Single(municipality.GetProperty("conflicts").EnumerateArray());
            Assert.Equal("avgm-fecha-declaracion", conflict.GetProperty("slug").GetString());
            Assert.Equal(Global("HistoryEvent", "avgm-declaracion-2018"), conflict.GetProperty("subject").GetProperty("id").GetString());
            Assert.Equal(
                claims!.Children.Cast<YamlMappingNode>().Select(c => c.Text("value")),
                conflict.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
            Assert.All(conflict.GetProperty("claims").EnumerateArray(), c => Assert.NotEmpty(c.GetProperty("sources").EnumerateArray()));
        }

        Assert.Equal(16, data.GetProperty("disputed").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Returned_money_is_approximate_and_carries_its_dispute()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("""
            { fundingRecord(id: "avgm-recursos-devueltos") { amount amountQualifier measure conflicts { slug claims { value } } } }
            """);

        var record = data.GetProperty("fundingRecord");
        var seed = SeedYaml.Records("fundingRecords").Single(r => r.Text("id") == "avgm-recursos-devueltos");
        Assert.Equal((seed.Money("amount"), "APPROXIMATE", "RETURNED"), (record.GetProperty("amount").GetDecimal(), record.GetProperty("amountQualifier").GetString(), record.GetProperty("measure").GetString()));
        var conflict = Assert.Single(record.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("avgm-coadyuvancia-2019-devolucion", conflict.GetProperty("slug").GetString());
        Assert.Contains(conflict.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetString()!.Contains("unos 11 000 000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_record_whose_note_points_to_a_conflict_lists_it()
    {
        var conflictIds = SeedYaml.Records("conflicts").Select(c => c.Text("id")!).ToList();
        var pointers = new List<(string Conflict, string Type, string Slug)>();
        foreach (var (type, collection) in DatasetCollections.All.SubjectTypes.Select(p => (p.Key, p.Value.Name)).Where(p => SeedFileExists(p.Name)))
        {
            foreach (var record in SeedYaml.Records(collection))
            {
                var note = record.Text("note") ?? "";
                pointers.AddRange(ConflictMention().Matches(note).Select(m => m.Groups["id"].Value).Where(conflictIds.Contains).Select(c => (c, type, record.Text("id")!)));
            }
        }

        Assert.True(pointers.Count >= 10, $"only {pointers.Count} notes point to a conflict");
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on PublishedRecord { slug conflicts { slug } } } }",
            new { ids = pointers.Select(p => Global(p.Type, p.Slug)).ToArray() });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        for (var i = 0; i < pointers.Count; i++)
        {
            Assert.True(
                nodes[i].GetProperty("conflicts").EnumerateArray().Any(c => c.GetProperty("slug").GetString() == pointers[i].Conflict),
                $"{pointers[i].Type} {pointers[i].Slug} says «ver el conflicto {pointers[i].Conflict}» but does not list it");
        }
    }

    private static bool SeedFileExists(string collection) => File.Exists(Path.Combine(RepositoryPaths.Root, "seed", collection + ".yaml"));

    [GeneratedRegex(@"conflicto\s+(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)")]
    private static partial Regex ConflictMention();
}
