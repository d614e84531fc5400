using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.KnownDocuments;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.KnownDocuments;

/// <summary>
/// A document the endpoint has validated before is validated again from its plan (<see cref="KnownDocumentValidator"/>):
/// every answer, errors included, must be the one GraphQL.NET's own validator gives, request after request, whatever
/// the variables.
/// </summary>
public sealed partial class KnownDocumentValidationTests : IDisposable
{
    private const string Rows =
        "query Rows($first: Int!, $where: RowFilter, $order: [RowOrder!], $prefix: String) { rows(first: $first, where: $where, order: $order) { id name label(prefix: $prefix) } }";

    private const string Literals =
        "query Literals($min: Int) { a: rows(first: 3, where: { minId: 7, ids: [7, 9, 12] }, order: [ID_DESC]) { id label(prefix: \"n\") } b: rows(first: 2, where: { minId: $min }) { ...names } } fragment names on Row { name label }";

    private const string Echo =
        "query Echo($text: String, $times: Int, $tags: [String], $show: Boolean!, $hide: Boolean = false) { echo(text: $text, times: $times, tags: $tags) twice: echo(text: \"x\", times: 2) @include(if: $show) never: echo @skip(if: $hide) ... on Query @include(if: $show) { tagged: echo(tags: $tags) } }";

    private const string Notes = "query Notes($first: Int!) { rows(first: $first) { id note } }";

    // Fields whose arguments mix literals, defaults and variables (the literal ones are parsed once per document).
    private const string Mixed =
        "query Mixed($where: RowFilter, $times: Int, $n: Int!) { rows(first: 3, where: $where, order: [ID_DESC]) { id label(prefix: \"m\") } b: rows(where: { minId: 4 }, first: $n) { id } echo(text: \"fijo\", times: $times) e2: echo(times: $times, text: \"x\", tags: [\"a\", \"b\"]) }";

    private readonly ValuesApiFactory _endpoint = new();
    private readonly ValuesApiFactory _oracle = new() { GraphQLNetValidator = true };
    private readonly HttpClient _client;
    private readonly HttpClient _oracleClient;

    public KnownDocumentValidationTests()
    {
        _client = _endpoint.CreateClient();
        _oracleClient = _oracle.CreateClient();
    }

    private static readonly (string Query, string Variables)[] Cases =
    [
        (Rows, """{"first": 3}"""),
        (Rows, """{"first": 4, "where": {"minId": 30}, "order": ["ID_DESC"], "prefix": "r"}"""),
        (Rows, """{"first": 5, "where": {"nameStartsWith": "even", "ids": [2, 3, 4, 8]}}"""),
        (Rows, """{"first": 2, "where": {"ids": 6}, "order": "ID_DESC"}"""),
        (Rows, """{"first": "three"}"""),
        (Rows, """{}"""),
        (Rows, """{"first": null}"""),
        (Rows, """{"first": 2, "where": {"minId": "x"}}"""),
        (Rows, """{"first": 2, "where": {"unknown": 1}}"""),
        (Rows, """{"first": 2, "where": {"ids": [1, null]}}"""),
        (Rows, """{"first": 2, "order": ["SIDEWAYS"]}"""),
        (Rows, """{"first": 2, "where": [1]}"""),
        (Literals, """{}"""),
        (Literals, """{"min": 38}"""),
        (Literals, """{"min": "many"}"""),
        (Echo, """{"show": true}"""),
        (Echo, """{"text": "hola", "times": 3, "tags": ["a", null], "show": false, "hide": true}"""),
        (Echo, """{"text": null, "show": true}"""),
        (Echo, """{"tags": "solo", "show": true, "hide": false}"""),
        (Echo, """{"show": null}"""),
        (Echo, """{"times": 2.5, "show": true}"""),
        (Mixed, """{"n": 2}"""),
        (Mixed, """{"n": 3, "where": {"minId": 9}, "times": 2}"""),
        (Mixed, """{"n": 1, "where": {"ids": [3, 5]}, "times": null}"""),
        (Mixed, """{"n": "uno"}"""),
        (Mixed, """{"n": 2, "where": {"minId": "x"}}"""),
        (Notes, """{"first": 4}"""),
        (Notes, """{"first": 7}"""),
    ];

    [Fact]
    public async Task Known_documents_answer_what_graphql_nets_validator_answers_for_every_set_of_variables_request_after_request()
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var (query, variables) in Cases)
            {
                var expected = await AnswerAsync(_oracleClient, query, variables);
                var actual = await AnswerAsync(_client, query, variables);
                Assert.True(expected == actual, $"round {round}, {variables} on {query[..20]}:\nexpected {expected}\nactual   {actual}");
            }
        }

        // Rounds 2 and 3 of every document ran without rules, from the plans.
        var validator = Assert.IsType<KnownDocumentValidator>(_endpoint.Services.GetRequiredService<IDocumentValidator>());
        Assert.True(validator.PlannedValidations >= Cases.Length, $"{validator.PlannedValidations} requests validated from a plan");
    }

    [Fact]
    public async Task A_wrong_variable_value_of_a_known_document_answers_graphql_nets_error_with_its_status()
    {
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(_client, Echo, """{"show": true}""");
        }

        // $text is a nullable variable given to a non-null argument with a default: null is refused there.
        var response = await _client.SendAsync(Post(new { query = Echo, variables = JsonNode.Parse("""{"text": null, "show": true}""") }));
        var body = await response.JsonBodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VALUE", body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains("$text", body["errors"]?[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_known_document_with_other_variables_gets_its_own_answer()
    {
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(_client, Rows, """{"first": 3, "prefix": "a"}""");
        }

        // The same page size (the endpoint measures the cost again for another one), other values elsewhere.
        var other = await _client.SendAsync(Post(new { query = Rows, variables = JsonNode.Parse("""{"first": 3, "where": {"minId": 20}, "prefix": "b"}""") }));
        var rows = (await other.JsonBodyAsync())["data"]?["rows"]?.AsArray();

        Assert.Equal(["20", "21", "22"], rows!.Select(row => row!["id"]!.GetValue<string>()));
        Assert.Equal(["b20", "b21", "b22"], rows!.Select(row => row!["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Concurrent_requests_of_one_known_document_with_different_values_each_get_their_own_answer()
    {
        var variables = Enumerable.Range(1, 24)
            .Select(i => $$"""{"first": {{1 + (i % 4)}}, "where": {"minId": {{i}}}, "order": ["{{(i % 2 == 0 ? "ID_ASC" : "ID_DESC")}}"], "prefix": "p{{i}}"}""")
            .ToList();
        var expected = new List<string>();
        foreach (var set in variables)
        {
            expected.Add(await AnswerAsync(_oracleClient, Rows, set));
            await AnswerAsync(_client, Rows, set);
        }

        for (var round = 0; round < 4; round++)
        {
            var answers = await Task.WhenAll(variables.Select(set => Task.Run(() => AnswerAsync(_client, Rows, set))));
            Assert.Equal(expected, answers);
        }
    }

    [Fact]
    public async Task A_null_in_a_non_null_leaf_of_a_known_document_still_errors_with_its_path()
    {
        string answer = "";
        for (var i = 0; i < 4; i++)
        {
            answer = await AnswerAsync(_client, Notes, """{"first": 6}""");
        }

        var body = JsonNode.Parse(answer[(answer.IndexOf(' ', StringComparison.Ordinal) + 1)..])!;
        Assert.Equal("""["rows",4,"note"]""", body["errors"]?[0]?["path"]?.ToJsonString());
        Assert.Null(body["data"]?["rows"]);
    }

    private static async Task<string> AnswerAsync(HttpClient client, string query, string variables)
    {
        using var response = await client.SendAsync(Post(new { query, variables = JsonNode.Parse(variables) }));
        var body = await response.Content.ReadAsStringAsync();
        return (int)response.StatusCode + " " + RequestId().Replace(body, "\"requestId\":\"-\"");
    }

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
