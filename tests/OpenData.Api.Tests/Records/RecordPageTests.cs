using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Records;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Records;

/// <summary>The server-rendered page per record, /registros/{kind}/{slug}, over HTTP.</summary>
public sealed partial class RecordPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Avgm = "/registros/history-event/avgm-declaracion-2018";

    [Fact]
    public async Task AVGM_declaration_page_shows_fields_sources_every_claim_with_its_source_and_the_same_data()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(Avgm, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1 id=\"record-title\">Se declara la Alerta de Violencia de Género para 16 municipios</h1>", html, StringComparison.Ordinal);
        // Labels come from the schema's Spanish descriptions; the partial date shows as its text only.
        Assert.Contains(">Fecha del hecho</dt><dd>2018-11</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-field=\"dateStart\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/registros/municipality/mun-canatlan\">Canatlán</a>", html, StringComparison.Ordinal);

        var conflict = Regex.Match(html, "<article class=\"conflict\"><h3>Día de la declaratoria de la AVGM</h3>.*?</article>", RegexOptions.Singleline).Value;
        var claims = ClaimRegex().Matches(conflict);
        Assert.Equal(4, claims.Count);
        Assert.Equal(["2018-11-05", "2018-11-07"], claims.Select(c => c.Groups["value"].Value).Where(v => v.StartsWith("2018-11-", StringComparison.Ordinal)));
        Assert.All(claims, claim => Assert.Contains("ficha de la fuente", claim.Groups["sources"].Value, StringComparison.Ordinal));

        Assert.Contains("Libre Uso MX", Regex.Match(html, "<p id=\"citation\">(.*?)</p>").Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/export/historyEvents.csv?bom=1\"", html, StringComparison.Ordinal);
        Assert.Contains("registro: historyEvent(id: $id)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_query_shown_is_the_query_that_gives_the_same_data()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri(Avgm, UriKind.Relative));
        var link = WebUtility.HtmlDecode(Regex.Match(html, "<a href=\"(/graphql\\?query=[^\"]+)\">Resultado en JSON</a>").Groups[1].Value);

        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Se declara la Alerta de Violencia de Género para 16 municipios", data["registro"]!["title"]!.GetValue<string>());
        Assert.Equal(5, data["registro"]!["sources"]!.AsArray().Count);
    }

    [Fact]
    public async Task Every_kind_of_record_with_a_collection_renders_its_first_record()
    {
        using var client = factory.CreateClient();
        var kinds = factory.Services.GetRequiredService<RecordKinds>();
        var graphql = new GraphQLClient(client);
        var checkedKinds = 0;
        foreach (var kind in kinds.All.Where(k => k.Collection is not null))
        {
            var data = await graphql.DataAsync($"{{ page: {kind.Collection} {{ __typename }} }}");
            var firstField = data.GetProperty("page").GetProperty("__typename").GetString()!.EndsWith("CollectionSegment", StringComparison.Ordinal)
                ? $"{{ page: {kind.Collection}(take: 1) {{ items {{ slug }} }} }}"
                : $"{{ page: {kind.Collection}(first: 1) {{ nodes {{ slug }} }} }}";
            var page = (await graphql.DataAsync(firstField)).GetProperty("page");
            var slug = (page.TryGetProperty("items", out var items) ? items : page.GetProperty("nodes"))[0].GetProperty("slug").GetString()!;

            using var response = await client.GetAsync(new Uri(RecordKinds.PathOf(kind.TypeName, slug), UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind.TypeName} {slug}: {(int)response.StatusCode}");
            Assert.Contains("<section id=\"datos\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/export/{kind.Collection}.csv?bom=1\"", html, StringComparison.Ordinal);
            checkedKinds++;
        }

        Assert.True(checkedKinds >= 16, $"Only {checkedKinds} kinds have a collection.");
    }

    [Fact]
    public async Task A_record_without_a_lookup_field_is_loaded_through_node()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/registros/claim/avgm-fecha-declaracion-5-nov", UriKind.Relative));

        Assert.Contains("registro: node(id: $id)", html, StringComparison.Ordinal);
        Assert.Contains("2018-11-05", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/registros/conflict/avgm-fecha-declaracion\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_cached_like_the_downloads()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri(Avgm, UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/registros/municipality/mun-canatlan", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, Avgm);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Avgm));

        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.StartsWith("public, max-age=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/registros/history-event/no-existe", "No hay ningún registro «no-existe» de tipo HistoryEvent.")]
    [InlineData("/registros/evento/avgm-declaracion-2018", "No hay registros de tipo «evento».")]
    public async Task Unknown_records_and_kinds_are_404_in_Spanish(string path, string message)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_kinds_for_the_explorer_name_every_node_type()
    {
        using var client = factory.CreateClient();

        var kinds = JsonSerializer.Deserialize<JsonArray>(await client.GetStringAsync(new Uri("/registros/tipos.json", UriKind.Relative)))!;

        Assert.Contains(kinds, k => k!["type"]!.GetValue<string>() == "HistoryEvent" && k["segment"]!.GetValue<string>() == "history-event" && k["displayField"]!.GetValue<string>() == "title");
        Assert.Contains(kinds, k => k!["type"]!.GetValue<string>() == "Claim" && k["displayField"]!.GetValue<string>() == "value");
        Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(k!["label"]!.GetValue<string>())));
    }

    [Fact]
    public void Data_never_runs_as_HTML_on_a_record_page()
    {
        var kinds = factory.Services.GetRequiredService<RecordKinds>();
        var kind = kinds.FindByType("HistoryEvent")!;
        var record = new JsonObject
        {
            ["title"] = "<script>alert('x')</script>",
            ["summary"] = "a & b \"c\" <img src=x onerror=alert(1)>",
            ["sources"] = new JsonArray(new JsonObject { ["title"] = "<b>t</b>", ["url"] = "javascript:alert(1)", ["slug"] = "s" }),
        };

        var html = new RecordPage(kind, record, "cita", "{ x }", "{}", new Uri("http://localhost/registros/history-event/x")).Render();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>t</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"claim\"><p class=\"claim-value\">(?<value>.*?)</p>(?<sources>.*?)</li>\n", RegexOptions.Singleline)]
    private static partial Regex ClaimRegex();
}
