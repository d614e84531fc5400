using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OpenData.Load.Allocations;

/// <summary>One query shape: its name and the request bodies (one per set of variables) sent in turn.</summary>
internal sealed record Shape(string Name, IReadOnlyList<byte[]> Bodies);

/// <summary>
/// The cheap shapes of tests/load's mix (the same documents as LoadDriver's QueryMix), with the deep page's cursors and
/// the node lookup's ids read off the server first, as the load driver does.
/// </summary>
internal static class Shapes
{
    public static readonly string[] Names = ["first", "filtered", "deep", "node", "relation", "search"];

    private const string FirstPageQuery =
        "query FirstPage { historyEvents(first: 20, order: [{ dateStart: ASC }]) { nodes { id title date } } }";

    private const string FilteredQuery =
        "query Filtered($from: LocalDate!) { historyEvents(first: 20, where: { dateStart: { gte: $from } }, order: [{ dateStart: ASC }]) { nodes { id title date category } } }";

    private const string DeepPageQuery =
        "query DeepPage($after: String!) { historyEvents(first: 20, after: $after, order: [{ dateStart: ASC }]) { nodes { id title date } } }";

    private const string NodeQuery =
        "query Node($id: ID!) { node(id: $id) { id ... on FundingRecord { purpose amount fiscalYear program { name } } } }";

    private const string RelationQuery =
        "query Relation($year: Int!) { agreements(first: 10, where: { fiscalYear: { eq: $year } }) { nodes { title signatories { role person { name appointments { role organisation } } } } } }";

    private const string SearchQuery =
        "query Search($text: String!) { search(text: $text, first: 10) { totalCount nodes { type score snippet node { id } } } }";

    // LoadDriver's words: from a few hundred to tens of thousands of matches on the 1,000,000-row database.
    private static readonly string[] SearchWords = ["penon blanco", "tepehuanes", "chairez", "violentometro", "refugio", "igualdad sustantiva"];

    public static async Task<Shape> LoadAsync(string name, HttpClient http, Uri url) => name switch
    {
        "first" => Of(name, FirstPageQuery, [new { }]),
        "filtered" => Of(name, FilteredQuery, [.. Enumerable.Range(0, 10).Select(i => (object)new { from = $"{2015 + i}-01-01" })]),
        "deep" => Of(name, DeepPageQuery, await CursorsAsync(http, url).ConfigureAwait(false)),
        "node" => Of(name, NodeQuery, await IdsAsync(http, url).ConfigureAwait(false)),
        "relation" => Of(name, RelationQuery, [.. Enumerable.Range(2005, 21).Select(y => (object)new { year = y })]),
        "search" => Of(name, SearchQuery, [.. SearchWords.Select(w => (object)new { text = w })]),
        _ => throw new ArgumentException($"unknown shape '{name}' (known: {string.Join(", ", Names)})"),
    };

    private static Shape Of(string name, string query, IReadOnlyList<object> variables) =>
        new(name, [.. variables.Select(v => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables = v })))]);

    private static async Task<List<object>> CursorsAsync(HttpClient http, Uri url)
    {
        var data = await DataAsync(http, url, "{ historyEvents(last: 40, order: [{ dateStart: ASC }]) { edges { cursor } } }").ConfigureAwait(false);
        return [.. data.GetProperty("historyEvents").GetProperty("edges").EnumerateArray().Take(20)
            .Select(e => (object)new { after = e.GetProperty("cursor").GetString() })];
    }

    private static async Task<List<object>> IdsAsync(HttpClient http, Uri url)
    {
        var data = await DataAsync(http, url, "{ fundingRecords(skip: 1000, take: 100) { items { id } } }").ConfigureAwait(false);
        return [.. data.GetProperty("fundingRecords").GetProperty("items").EnumerateArray()
            .Select(e => (object)new { id = e.GetProperty("id").GetString() })];
    }

    private static async Task<JsonElement> DataAsync(HttpClient http, Uri url, string query)
    {
        using var response = await http.PostAsJsonAsync(url, new { query }).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false);
        return body.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException($"preparing the shape: {errors.GetRawText()}")
            : body.GetProperty("data");
    }
}
