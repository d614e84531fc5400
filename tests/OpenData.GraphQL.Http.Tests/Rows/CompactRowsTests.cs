using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.Execution.Values;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Rows;

/// <summary>
/// The items of a list whose fields are all plain leaves run as one row node each (<c>Execution/Rows</c>): every answer,
/// errors and their paths included, must be byte for byte the one GraphQL.NET's own execution gives (the same host with
/// <c>GraphQL:Http:CompactRows</c> off and GraphQL.NET's <c>DocumentExecuter</c>), and the rows must be used exactly
/// where they apply. The oracle also writes its answers through <c>JsonSerializer</c> (<c>WriteResultsDirectly</c> off),
/// so the same comparison holds <c>ResultWriter</c> to the bytes of the serializer it replaces.
/// </summary>
public sealed partial class CompactRowsTests : IDisposable
{
    private const string AllLeaves =
        "{ items(first: 20) { id name note amount score big active day at kind label path __typename } }";

    /// <summary>(document, variables, how many items run as rows).</summary>
    private static readonly (string Query, string Variables, int Rows)[] Cases =
    [
        (AllLeaves, "{}", 20),
        ("{ a: items(first: 3) { key: id nombre: name t: __typename } b: items(first: 2, from: 50) { name cuando: day } }", "{}", 5),
        ("query { items(first: 4) { ...F ... on Item { kind } ... on Named { name } } } fragment F on Item { id day }", "{}", 4),
        ("query($n: Int!, $from: Int) { items(first: $n, from: $from) { id name amount } }", """{"n": 5, "from": 7}""", 5),
        ("query($n: Int!) { items(first: $n) { id } }", """{"n": 0}""", 0),
        ("{ items(first: 2) { __typename } }", "{}", 2),
        ("{ items(first: 3) { id greeting } }", "{}", 3),
        // One response name twice: GraphQL.NET merges the selections into a new field and records its arguments for it.
        ("{ items(first: 2) { id } items(first: 2) { name } }", "{}", 2),
        ("query($show: Boolean!) { items(first: 2, from: 4) { id } items(first: 2, from: 4) @include(if: $show) { name } }", """{"show": true}""", 2),
        ("{ groups { items { id } } groups { name items { kind } } }", "{}", 9),
        // A non-null leaf that is null: the error, its path and the null up to the nearest nullable place.
        ("{ items(first: 6) { id required } }", "{}", 6),
        ("{ strictItems { id required } }", "{}", 8),
        ("{ maybeItems { id required name } }", "{}", 6),
        ("{ other: strictItems { id } maybeItems { id required } }", "{}", 14),
        // Resolvers that throw (an ExecutionError, another exception) and values their enum type does not serialize.
        ("{ maybeItems { id fails } }", "{}", 6),
        ("{ strictItems { id oddKind } }", "{}", 8),
        // Lists inside items and lists of lists; items a data loader answers.
        ("{ groups { name items { id name } } }", "{}", 9),
        ("{ matrix { id name kind } }", "{}", 6),
        ("{ loadedItems { id name } }", "{}", 3),
        // What the JSON writer must escape or keep (a lone surrogate, separators, HTML-sensitive characters, control
        // characters, emoji), response names the naming policy changes, and the same values outside rows.
        ("{ items(first: 4) { id odd name Nombre: name Cuando: day big score amount active } }", "{}", 4),
        ("{ items(first: 4) { id odd name owner { name } tags } }", "{}", 0),
        ("{ items(first: 2) { Id: id odd ...F } } fragment F on Item { odd }", "{}", 0),
        // Not rows: an object field, a list field, an untyped or data loader resolver, an argument, an abstract item
        // type, a response name selected twice, a directive.
        ("{ items(first: 3) { id owner { name } } }", "{}", 0),
        ("{ items(first: 3) { id tags } }", "{}", 0),
        ("{ items(first: 3) { id untyped } }", "{}", 0),
        ("{ items(first: 3) { id later } }", "{}", 0),
        ("{ items(first: 3) { id greeting(name: \"Ana\") } }", "{}", 0),
        ("{ named { name ... on Item { id } } }", "{}", 0),
        ("query { items(first: 3) { id ...F } } fragment F on Item { id name }", "{}", 0),
        ("query($show: Boolean!) { items(first: 3) { id name @include(if: $show) } }", """{"show": true}""", 0),
        ("query($show: Boolean!) { items(first: 3) { id name @include(if: $show) } }", """{"show": false}""", 0),
        ("query($hide: Boolean!) { items(first: 3) { id ... @skip(if: $hide) { name } } }", """{"hide": true}""", 0),
        ("query($hide: Boolean!) { items(first: 3) { id ...F } } fragment F on Item @skip(if: $hide) { name }", """{"hide": false}""", 0),
    ];

    private readonly RowsApiFactory _endpoint = new();
    private readonly RowsApiFactory _oracle = new() { GraphQLNetExecution = true };
    private readonly HttpClient _client;
    private readonly HttpClient _oracleClient;

    public CompactRowsTests()
    {
        _client = _endpoint.CreateClient();
        _oracleClient = _oracle.CreateClient();
    }

    [Fact]
    public async Task Every_list_answers_byte_for_byte_as_graphql_nets_execution_with_rows_exactly_where_they_apply()
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var (query, variables, rows) in Cases)
            {
                var expected = await AnswerAsync(_oracleClient, query, variables);
                var before = _endpoint.RowsExecuted;
                var actual = await AnswerAsync(_client, query, variables);
                var executed = _endpoint.RowsExecuted - before;

                Assert.True(expected == actual, $"round {round}, {variables} on {query}:\nexpected {expected}\nactual   {actual}");
                Assert.True(rows == executed, $"round {round}, {variables} on {query}: {executed} rows executed, {rows} expected");
            }
        }

        Assert.Equal(0, _oracle.RowsExecuted);
        Assert.IsType<ValuesDocumentExecuter>(_endpoint.Services.GetRequiredService<IDocumentExecuter>());
        Assert.IsType<DocumentExecuter>(_oracle.Services.GetRequiredService<IDocumentExecuter>());
    }

    [Fact]
    public async Task The_answers_hold_what_graphql_net_answers_for_errors_and_nulls()
    {
        // Not only equal to the oracle: the oracle's answers are the ones these cases are about.
        var required = JsonNode.Parse(Body(await AnswerAsync(_client, "{ maybeItems { id required name } }", "{}")))!;
        Assert.Equal("""["maybeItems",4,"required"]""", required["errors"]?[0]?["path"]?.ToJsonString());
        Assert.Null(required["data"]?["maybeItems"]?[4]);
        Assert.Equal("4", required["data"]?["maybeItems"]?[3]?["id"]?.GetValue<string>());

        var fails = JsonNode.Parse(Body(await AnswerAsync(_client, "{ maybeItems { id fails } }", "{}")))!;
        var paths = fails["errors"]!.AsArray().Select(error => error!["path"]!.ToJsonString()).ToList();
        Assert.Equal(["""["maybeItems",3,"fails"]""", """["maybeItems",4,"fails"]""", """["maybeItems",7,"fails"]"""], paths);
        Assert.Equal("No se pudo leer 5", fails["errors"]?[1]?["message"]?.GetValue<string>());
        Assert.Equal("INTERNAL_SERVER_ERROR", fails["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Null(fails["data"]?["maybeItems"]?[3]?["fails"]);
        Assert.Equal("bien 7", fails["data"]?["maybeItems"]?[6]?["fails"]?.GetValue<string>());

        var all = JsonNode.Parse(Body(await AnswerAsync(_client, AllLeaves, "{}")))!;
        var first = all["data"]!["items"]![0]!;
        Assert.StartsWith("Mujer 1: «Gómez Palacio», ñandú ¿qué?", first["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("items/0/path", first["path"]!.GetValue<string>());
        Assert.Equal("PROGRAMA", all["data"]!["items"]![2]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_pages_each_get_their_own_rows()
    {
        const string Query = "query($n: Int!, $from: Int) { items(first: $n, from: $from) { id name note day kind required } }";
        var variables = Enumerable.Range(1, 24).Select(i => $$"""{"n": {{(i % 7) + 1}}, "from": {{i * 3}}}""").ToList();
        var expected = new List<string>();
        foreach (var set in variables)
        {
            expected.Add(await AnswerAsync(_oracleClient, Query, set));
        }

        for (var round = 0; round < 4; round++)
        {
            var answers = await Task.WhenAll(variables.Select(set => Task.Run(() => AnswerAsync(_client, Query, set))));
            Assert.Equal(expected, answers);
        }

        Assert.True(_endpoint.RowsExecuted > 0);
    }

    [Fact]
    public async Task A_result_written_by_graphql_nets_own_serializer_or_read_with_ToValue_is_the_same()
    {
        const string Query = "{ items(first: 6) { id name note amount day kind __typename } maybeItems { id required } groups { name items { id } } }";
        var (json, value) = await ExecuteAsync(_endpoint, Query);
        var (expectedJson, expectedValue) = await ExecuteAsync(_oracle, Query);

        Assert.Equal(expectedJson, json);
        Assert.Equal(expectedValue, value);
        Assert.Contains("\"__typename\":\"Item\"", json, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="query"/> through the host's <c>IDocumentExecuter</c>: the result as GraphQL.NET's serializer writes it, and its ToValue() as JSON.</summary>
    private static async Task<(string Json, string Value)> ExecuteAsync(RowsApiFactory factory, string query)
    {
        using var scope = factory.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var before = factory.RowsExecuted;
        var result = await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
        var rows = factory.RowsExecuted - before;
        Assert.Equal(factory.CompactRows ? 6 + 6 + 9 : 0, rows);
        var json = new GraphQLSerializer().Serialize(result);
        var data = Assert.IsAssignableFrom<ExecutionNode>(result.Data).ToValue();
        var items = Assert.IsType<object?[]>(Assert.IsType<Dictionary<string, object?>>(data)["items"]);
        Assert.IsType<Dictionary<string, object?>>(items[0]);
        return (json, JsonSerializer.Serialize(data));
    }

    private static async Task<string> AnswerAsync(HttpClient client, string query, string variables)
    {
        using var response = await client.SendAsync(Post(new { query, variables = JsonNode.Parse(variables) }));
        var body = await response.Content.ReadAsStringAsync();
        return (int)response.StatusCode + " " + RequestId().Replace(body, "\"requestId\":\"-\"");
    }

    private static string Body(string answer) => answer[(answer.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    [GeneratedRegex("\"requestId\":\"[^\"]*\"")]
    private static partial Regex RequestId();

    public void Dispose()
    {
        _client.Dispose();
        _oracleClient.Dispose();
        _endpoint.Dispose();
        _oracle.Dispose();
    }
}
