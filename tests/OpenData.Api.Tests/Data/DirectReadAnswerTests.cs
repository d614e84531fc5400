using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// On SQLite the API's compiled shapes, after their first execution, read directly on the serving connection's prepared
/// statement: dates from the columns' bytes, cursors of date and text keys from their bytes, and a filter shape compiled
/// once and run again with each request's values. Through HTTP, every answer (pages walked by a date cursor, by a
/// nullable date cursor, filtered pages of one shape with several values) is the same text as with
/// <c>QueryEngine:DirectReads=false</c> (EF Core's own reading), with the same statements; and each filtered page holds
/// only rows its own value admits.
/// </summary>
public sealed class DirectReadAnswerTests
{
    private const string Walk = """
        query Walk($after: String) {
          historyEvents(first: 7, after: $after, order: [{ dateStart: ASC }]) {
            edges { cursor node { id title date dateStart dateEnd datePrecision } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string Signed = """
        query Signed($after: String) {
          agreements(first: 6, after: $after, order: [{ signedOnStart: ASC }]) {
            edges { cursor node { title signedOnStart signedOnEnd } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string Filtered = """
        query Filtered($from: LocalDate!) {
          historyEvents(first: 10, where: { dateStart: { gte: $from } }, order: [{ dateStart: ASC }]) { nodes { id dateStart dateEnd } }
        }
        """;

    // The seed's events start in 1995: three values, three different pages; the fourth repeats the second value.
    private static readonly string[] From = ["1990-01-01", "2010-01-01", "2020-06-01", "2010-01-01"];

    [Fact]
    public async Task Direct_reads_answer_as_EF_Core_reads_with_the_same_statements_and_each_filter_value_its_own_rows()
    {
        using var direct = new DirectReadsApiFactory(directReads: true);
        using var pipeline = new DirectReadsApiFactory(directReads: false);

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

    /// <summary>Each request's answer text and the statements it ran, in order.</summary>
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
            answers.Add(body + "\n" + string.Join("\n", factory.Sql.Commands));
            return document.RootElement.Clone();
        }

        foreach (var (query, field) in new[] { (Walk, "historyEvents"), (Signed, "agreements") })
        {
            string? after = null;
            var pages = 0;
            do
            {
                var info = (await Send(query, new { after })).GetProperty("data").GetProperty(field).GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null && ++pages < 12);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var from in From)
        {
            var nodes = (await Send(Filtered, new { from })).GetProperty("data").GetProperty("historyEvents").GetProperty("nodes");
            var starts = nodes.EnumerateArray().Select(n => n.GetProperty("dateStart").GetString()!).ToList();
            Assert.NotEmpty(starts);
            Assert.All(starts, start => Assert.True(string.CompareOrdinal(start, from) >= 0, $"{start} on the page of {from}"));
            seen.Add(string.Join(",", starts));
        }

        Assert.Equal(3, seen.Count);
        return answers;
    }
}
