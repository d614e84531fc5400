using OpenData.Api.Tests.Infrastructure;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Tests.Search;

/// <summary>What <c>search</c> finds, through HTTP, over the committed seed.</summary>
public sealed class SearchMatchingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private SearchClient Client => new(new GraphQLClient(factory.CreateClient()));

    [Fact]
    public async Task Politicas_without_accent_or_capital_finds_Politicas()
    {
        var page = await Client.SearchAsync("politicas", first: 50);

        Assert.Contains(page.Hits, h => h.Snippet.Contains("<b>Políticas</b>", StringComparison.Ordinal));
        Assert.Contains(page.Hits, h => h.Snippet.Contains("<b>políticas</b>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Capitals_find_lower_case_text()
    {
        var upper = await Client.SearchAsync("MUJERES", first: 100);
        var lower = await Client.SearchAsync("mujeres", first: 100);

        Assert.NotEmpty(upper.Hits);
        Assert.Equal(lower.Hits.Select(h => h.Id), upper.Hits.Select(h => h.Id));
        Assert.Contains(upper.Hits, h => h.Snippet.Contains("<b>mujeres</b>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duranguense_finds_the_founding_law_event_and_name_first_and_longer_words_after()
    {
        var page = await Client.SearchAsync("duranguense", first: 20);
        var top = page.Hits.Take(3).Select(h => Decode(h.Id)).ToList();

        Assert.Equal(("LegalInstrument", "ley-crea-instituto-mujer-duranguense"), top[0]);
        Assert.Contains(("HistoryEvent", "creacion-imd-2000"), top);
        Assert.Contains(("InstitutionName", "iem-durango-imd"), top);
        Assert.Contains(page.Hits, h => h.Snippet.Contains("<b>duranguenses</b>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Penon_without_tilde_finds_Penon_Blanco_first()
    {
        var page = await Client.SearchAsync("penon blanco");

        var first = page.Hits[0];
        Assert.Equal("MUNICIPALITY", first.Type);
        Assert.Equal("Peñón Blanco", first.Name);
        Assert.Contains("<b>Peñón</b> <b>Blanco</b>", first.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_word_matches_as_a_prefix()
    {
        var page = await Client.SearchAsync("viol", first: 5);

        Assert.NotEmpty(page.Hits);
        Assert.All(page.Hits, h => Assert.Contains("<b>viol", h.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_the_words_in_that_order()
    {
        var phrase = await Client.SearchAsync("\"instituto de la mujer\"", first: 100);
        var words = await Client.SearchAsync("instituto de la mujer", first: 100);

        Assert.NotEmpty(phrase.Hits);
        Assert.All(phrase.Hits, h => Assert.Contains("<b>Instituto de la", h.Snippet, StringComparison.OrdinalIgnoreCase));
        var iem = GlobalId.Encode("Institution", "iem-durango");
        Assert.Contains(iem, words.Hits.Select(h => h.Id));
        Assert.DoesNotContain(iem, phrase.Hits.Select(h => h.Id));
        Assert.True(words.Hits.Count > phrase.Hits.Count, $"{words.Hits.Count} word hits, {phrase.Hits.Count} phrase hits");
        Assert.Subset(words.Hits.Select(h => h.Id).ToHashSet(), phrase.Hits.Select(h => h.Id).ToHashSet());
    }

    [Fact]
    public async Task Stop_words_outside_quotes_do_not_change_the_hits()
    {
        var with = await Client.SearchAsync("la violencia de las mujeres", first: 100);
        var without = await Client.SearchAsync("violencia mujeres", first: 100);

        Assert.NotEmpty(without.Hits);
        Assert.Equal(without.Hits.Select(h => (h.Id, h.Score)), with.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public async Task Types_restrict_the_hits()
    {
        var all = await Client.SearchAsync("laguna", first: 100);
        var restricted = await Client.SearchAsync("laguna", ["MUNICIPALITY", "CENTRE"], first: 100);

        Assert.Contains(all.Hits, h => h.Type is not ("MUNICIPALITY" or "CENTRE"));
        Assert.NotEmpty(restricted.Hits);
        Assert.All(restricted.Hits, h => Assert.True(h.Type is "MUNICIPALITY" or "CENTRE", h.Type));
        Assert.Equal(all.Hits.Where(h => h.Type is "MUNICIPALITY" or "CENTRE").Select(h => h.Id), restricted.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Hits_come_best_first_and_the_node_matches_the_type()
    {
        var page = await Client.SearchAsync("igualdad genero", first: 30);

        Assert.NotEmpty(page.Hits);
        Assert.Equal(page.Hits.Select(h => h.Score).OrderDescending(), page.Hits.Select(h => h.Score));
        Assert.All(page.Hits, h => Assert.Equal(h.Type.Replace("_", "", StringComparison.Ordinal), Decode(h.Id).Type.ToUpperInvariant()));
    }

    [Fact]
    public async Task Text_that_finds_nothing_gives_an_empty_page()
    {
        var page = await Client.SearchAsync("zzyzx");

        Assert.Empty(page.Hits);
        Assert.False(page.HasNextPage);
        Assert.Null(page.EndCursor);
    }

    private static (string Type, string Slug) Decode(string id) =>
        GlobalId.TryDecode(id, out var type, out var slug) ? (type, slug) : throw new InvalidOperationException(id);
}
