using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Load;

/// <summary>
/// The fixed mix of representative queries. The filtered page is also the one the raw baseline answers.
/// The deep page starts from cursors taken near the end of the same ordering as the first page, and the
/// node lookups from ids read off the server, so both exist in any synthetic database.
/// </summary>
internal static class QueryMix
{
    public const string FilteredName = "filtered page";

    /// <summary>The filtered page (history events from a date, in date order), identical for the API and the baseline.</summary>
    public const string FilteredQuery =
        "query Filtered($from: LocalDate!) { historyEvents(first: 20, where: { dateStart: { gte: $from } }, order: [{ dateStart: ASC }]) { nodes { id title date category } } }";

    private const string FirstPageQuery =
        "query FirstPage { historyEvents(first: 20, order: [{ dateStart: ASC }]) { nodes { id title date } } }";

    private const string DeepPageQuery =
        "query DeepPage($after: String!) { historyEvents(first: 20, after: $after, order: [{ dateStart: ASC }]) { nodes { id title date } } }";

    private const string RelationQuery =
        "query Relation($year: Int!) { agreements(first: 10, where: { fiscalYear: { eq: $year } }) { nodes { title signatories { role person { name appointments { role organisation } } } } } }";

    private const string NodeQuery =
        "query Node($id: ID!) { node(id: $id) { id ... on FundingRecord { purpose amount fiscalYear program { name } } } }";

    private const string SearchQuery =
        "query Search($text: String!) { search(text: $text, first: 10) { totalCount nodes { type score snippet node { id } } } }";

    private const string AggregateQuery =
        "query Aggregate($year: Int!) { fundingRecords(where: { fiscalYear: { eq: $year } }) { aggregates { count sum { amount } avg { amount } } } }";

    public static QueryKind Filtered() =>
        new(FilteredName, FilteredQuery, [.. Enumerable.Range(0, 10).Select(i => (object)new { from = $"{2015 + i}-01-01" })]);

    /// <summary>The whole mix; reads the deep-page cursors and node ids from the server first.</summary>
    public static async Task<IReadOnlyList<QueryKind>> AllAsync(HttpClient http, Uri url, bool withSearch, bool withAggregates)
    {
        var tail = await DataAsync(http, url, "{ historyEvents(last: 40, order: [{ dateStart: ASC }]) { edges { cursor } } }").ConfigureAwait(false);
        var cursors = tail.GetProperty("historyEvents").GetProperty("edges").EnumerateArray()
            .Take(20).Select(e => (object)new { after = e.GetProperty("cursor").GetString() }).ToList();
        var records = await DataAsync(http, url, "{ fundingRecords(skip: 1000, take: 100) { items { id } } }").ConfigureAwait(false);
        var ids = records.GetProperty("fundingRecords").GetProperty("items").EnumerateArray()
            .Select(e => (object)new { id = e.GetProperty("id").GetString() }).ToList();
        var years = Enumerable.Range(2005, 21).Select(y => (object)new { year = y }).ToList();

        var kinds = new List<QueryKind>
        {
            Filtered(),
            new("first page", FirstPageQuery, [new { }]),
            new("deep page (cursor)", DeepPageQuery, cursors),
            new("relation 2 levels", RelationQuery, years),
            new("node lookup", NodeQuery, ids),
        };
        if (withSearch)
        {
            // From a few hundred to tens of thousands of matches on the 1,000,000-row database, accents left out.
            string[] words = ["penon blanco", "tepehuanes", "chairez", "violentometro", "refugio", "igualdad sustantiva"];
            kinds.Add(new QueryKind("search", SearchQuery, [.. words.Select(w => (object)new { text = w })]));
        }

        if (withAggregates)
        {
            kinds.Add(new QueryKind("aggregate", AggregateQuery, years));
        }

        return kinds;
    }

    private static async Task<JsonElement> DataAsync(HttpClient http, Uri url, string query)
    {
        using var response = await http.PostAsJsonAsync(url, new { query }).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false);
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"preparing the mix: {errors.GetRawText()}"));
        }

        return body.GetProperty("data");
    }
}
