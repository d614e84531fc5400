using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// On PostgreSQL the API's compiled shapes (pages by cursor, filtered pages, node lookups, the relation's page), after
/// their first execution, read directly (EF Core's SQL and shaper on a command of the context's connection, without EF
/// Core's executor): every answer is the same text as with <c>QueryEngine:DirectReads=false</c>, with the same
/// statements per request. That the direct path ran is seen in EF Core's command events: it executes commands that EF
/// Core's pipeline did not initialize (<c>CommandInitialized</c>), while with the option off every executed command was.
/// </summary>
public sealed class PostgresDirectReadTests
{
    private const string Walk = """
        query Walk($after: String) {
          historyEvents(first: 4, after: $after, order: [{ dateStart: ASC }]) { edges { cursor node { id title date } } pageInfo { hasNextPage endCursor } }
        }
        """;

    private const string Filtered = """
        query Filtered($from: LocalDate!) {
          historyEvents(first: 5, where: { dateStart: { gte: $from } }, order: [{ dateStart: ASC }]) { nodes { id title date category } }
        }
        """;

    private const string Node = """
        query Node($id: ID!) { node(id: $id) { id ... on FundingRecord { purpose amount fiscalYear program { name } } } }
        """;

    private const string Relation = """
        query Relation { agreements(first: 5) { nodes { title signatories { role person { name appointments { role organisation } } } } } }
        """;

    [PostgresFact]
    public async Task Compiled_shapes_read_directly_answer_as_through_EF_Core_with_the_same_statements()
    {
        (string, string)[] postgres = [("Database:Provider", "Postgres"), ("Database:ConnectionString", await PostgresTestDataset.ConnectionStringAsync())];
        using var direct = new DirectReadsApiFactory(directReads: true, postgres);
        using var pipeline = new DirectReadsApiFactory(directReads: false, postgres);

        var answers = await RunAsync(direct);
        var expected = await RunAsync(pipeline);

        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        // Without direct reads EF Core initializes every command it executes; with them, the shapes' later runs are not its commands.
        Assert.True(pipeline.Sql.Initialized >= pipeline.Sql.Executed, $"{pipeline.Sql.Initialized} initialized, {pipeline.Sql.Executed} executed");
        var directRuns = direct.Sql.Executed - direct.Sql.Initialized;
        Assert.True(directRuns >= answers.Count / 2, $"{directRuns} direct executions for {answers.Count} requests");
    }

    /// <summary>Each request's answer text and the statements it ran (sorted: batches may run in parallel).</summary>
    private static async Task<List<string>> RunAsync(DirectReadsApiFactory factory)
    {
        using var http = factory.CreateClient();
        var answers = new List<string>();
        async Task<JsonElement> Send(string query, object? variables)
        {
            factory.Sql.Clear();
            using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
            var body = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(body);
            Assert.False(document.RootElement.TryGetProperty("errors", out _), body);
            answers.Add(body + "\n" + string.Join("\n", factory.Sql.Commands.Order(StringComparer.Ordinal)));
            return document.RootElement.Clone();
        }

        for (var round = 0; round < 2; round++)
        {
            string? after = null;
            var pages = 0;
            do
            {
                var info = (await Send(Walk, new { after })).GetProperty("data").GetProperty("historyEvents").GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null && ++pages < 6);

            foreach (var from in new[] { "1990-01-01", "2010-01-01", "2020-06-01" })
            {
                await Send(Filtered, new { from });
            }

            await Send(Relation, null);
        }

        var ids = (await Send("{ fundingRecords(take: 4) { items { id } } }", null)).GetProperty("data").GetProperty("fundingRecords").GetProperty("items")
            .EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids.Concat(ids))
        {
            await Send(Node, new { id });
        }

        return answers;
    }
}
