using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Releases;

/// <summary>
/// Two releases the test records itself: `changes(since:)` lists exactly the added, removed and changed records with
/// each changed value before and after, on SQLite and PostgreSQL; releases, publication and updatedSince agree.
/// </summary>
public sealed class ReleaseChangesTests(TwoReleaseDataset dataset) : IClassFixture<TwoReleaseDataset>
{
    private const string ChangesQuery = """
        query ($since: String!, $type: String) {
          changes(since: $since, first: 50, where: { recordType: { eq: $type } }) {
            totalCount
            nodes { recordType recordId kind since until fields { field before after } record { __typename } }
          }
        }
        """;

    [Fact]
    public async Task Changes_since_a_release_on_sqlite() => await AssertChangesAsync(new GraphQLClient(await dataset.SqliteClientAsync()));

    [PostgresFact]
    public async Task Changes_since_a_release_on_postgres() => await AssertChangesAsync(new GraphQLClient(await dataset.PostgresClientAsync()));

    private static async Task AssertChangesAsync(GraphQLClient client)
    {
        var changes = (await client.DataAsync(ChangesQuery, new { since = "1" })).GetProperty("changes");
        Assert.Equal(3, changes.GetProperty("totalCount").GetInt32());
        var nodes = changes.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("recordId").GetString()!);
        Assert.Equal([TwoReleaseDataset.Corrected, TwoReleaseDataset.Removed, TwoReleaseDataset.Added], nodes.Keys);

        var corrected = nodes[TwoReleaseDataset.Corrected];
        Assert.Equal(("FundingRecord", "CHANGED", "1", "2"), Describe(corrected));
        var field = Assert.Single(corrected.GetProperty("fields").EnumerateArray());
        Assert.Equal(("amount", "11875969", "11875970"), (field.GetProperty("field").GetString(), field.GetProperty("before").GetString(), field.GetProperty("after").GetString()));
        Assert.Equal("FundingRecord", corrected.GetProperty("record").GetProperty("__typename").GetString());

        var removed = nodes[TwoReleaseDataset.Removed];
        Assert.Equal(("FundingRecord", "REMOVED", "1", "2"), Describe(removed));
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("record").ValueKind);
        Assert.Contains(removed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "amount"
            && f.GetProperty("before").GetString() == "200000" && f.GetProperty("after").ValueKind == JsonValueKind.Null);

        var added = nodes[TwoReleaseDataset.Added];
        Assert.Equal(("GlossaryTerm", "ADDED", "1", "2"), Describe(added));
        Assert.Contains(added.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "term"
            && f.GetProperty("before").ValueKind == JsonValueKind.Null && f.GetProperty("after").GetString() == "Término de prueba");

        // A date between the releases means the same baseline; the type filter narrows; nothing changed since the latest.
        var byDate = (await client.DataAsync(ChangesQuery, new { since = "2026-01-20", type = "FundingRecord" })).GetProperty("changes");
        Assert.Equal([TwoReleaseDataset.Corrected, TwoReleaseDataset.Removed], byDate.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("recordId").GetString()));
        Assert.Equal(0, (await client.DataAsync(ChangesQuery, new { since = "2" })).GetProperty("changes").GetProperty("totalCount").GetInt32());

        // Before the first release every current record is new, with the corrected value.
        var all = (await client.DataAsync(ChangesQuery, new { since = "2025-12-31", type = "FundingRecord" })).GetProperty("changes");
        Assert.All(all.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("ADDED", n.GetProperty("kind").GetString()));
        Assert.DoesNotContain(all.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("recordId").GetString() == TwoReleaseDataset.Removed);

        var data = await client.DataAsync("""
            {
              releases { version publishedOn note addedCount changedCount removedCount }
              dataset { release { version } hasUnreleasedChanges }
              fundingRecord(id: "avgm-coadyuvancia-2019") { amount publication { firstRelease firstPublishedOn lastChangedRelease lastChangedOn } }
              fundingRecords(updatedSince: "2026-02-01") { totalCount items { slug } }
              glossaryTerms(updatedSince: "2026-02-01") { totalCount nodes { slug } }
              municipalities(updatedSince: "2026-01-10") { totalCount }
            }
            """);
        var releases = data.GetProperty("releases").EnumerateArray().Select(r => (
            r.GetProperty("version").GetString(), r.GetProperty("publishedOn").GetString(), r.GetProperty("note").GetString(),
            r.GetProperty("addedCount").GetInt32(), r.GetProperty("changedCount").GetInt32(), r.GetProperty("removedCount").GetInt32())).ToList();
        Assert.Equal(2, releases.Count);
        Assert.Equal(("2", "2026-02-10", "Corrige un monto, retira un registro y añade un término.", 1, 1, 1), releases[0]);
        Assert.Equal(("1", "2026-01-10", "Primera publicación de prueba."), (releases[1].Item1, releases[1].Item2, releases[1].Item3));
        Assert.True(releases[1].Item4 > 300 && releases[1].Item5 == 0 && releases[1].Item6 == 0, releases[1].ToString());
        Assert.Equal("2", data.GetProperty("dataset").GetProperty("release").GetProperty("version").GetString());
        Assert.False(data.GetProperty("dataset").GetProperty("hasUnreleasedChanges").GetBoolean());
        var publication = data.GetProperty("fundingRecord").GetProperty("publication");
        Assert.Equal(("1", "2026-01-10", "2", "2026-02-10"), (publication.GetProperty("firstRelease").GetString(), publication.GetProperty("firstPublishedOn").GetString(),
            publication.GetProperty("lastChangedRelease").GetString(), publication.GetProperty("lastChangedOn").GetString()));
        Assert.Equal([TwoReleaseDataset.Corrected], data.GetProperty("fundingRecords").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal([TwoReleaseDataset.Added], data.GetProperty("glossaryTerms").GetProperty("nodes").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(33, data.GetProperty("municipalities").GetProperty("totalCount").GetInt32());
    }

    private static (string?, string?, string?, string?) Describe(JsonElement change) =>
        (change.GetProperty("recordType").GetString(), change.GetProperty("kind").GetString(), change.GetProperty("since").GetString(), change.GetProperty("until").GetString());

    [Fact]
    public async Task An_unknown_release_is_a_spanish_error_with_a_code()
    {
        var client = new GraphQLClient(await dataset.SqliteClientAsync());

        var result = await client.PostAsync(ChangesQuery, new { since = "99" });

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNKNOWN_RELEASE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("«99» no es una versión publicada ni una fecha AAAA-MM-DD (versiones publicadas: 1, 2).", error.GetProperty("message").GetString());
    }
}
