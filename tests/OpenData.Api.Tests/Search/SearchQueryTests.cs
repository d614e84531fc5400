using OpenData.Api.Search;

namespace OpenData.Api.Tests.Search;

/// <summary>How search text becomes an FTS5 match expression.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("viol", "(\"viol\" OR \"viol\" *)")]
    [InlineData("Peñón Blanco", "\"penon\" AND (\"blanco\" OR \"blanco\" *)")]
    [InlineData("la violencia de género", "\"violencia\" AND (\"genero\" OR \"genero\" *)")]
    [InlineData("\"instituto de la mujer\"", "\"instituto de la mujer\"")]
    [InlineData("centro \"de justicia\" mujeres", "\"centro\" AND \"de justicia\" AND (\"mujeres\" OR \"mujeres\" *)")]
    [InlineData("mujeres \"de justicia\"", "(\"mujeres\" OR \"mujeres\" *) AND \"de justicia\"")]
    [InlineData("\"sin cerrar", "\"sin cerrar\"")]
    [InlineData("NEAR(a:b OR c*)", "\"near\" AND \"b\" AND \"or\" AND (\"c\" OR \"c\" *)")]
    [InlineData("title:Ley -reforma", "\"title\" AND \"ley\" AND (\"reforma\" OR \"reforma\" *)")]
    [InlineData("2016-2022", "\"2016\" AND (\"2022\" OR \"2022\" *)")]
    public void Text_becomes_quoted_terms(string text, string match) =>
        Assert.Equal(match, SearchQuery.Parse(text)?.Match);

    [Theory]
    [InlineData("viol", "\"viol\" *")]
    [InlineData("Peñón Blanco", "\"penon\" AND \"blanco\" *")]
    [InlineData("mujeres \"de justicia\"", "\"mujeres\" * AND \"de justicia\"")]
    [InlineData("\"instituto de la mujer\"", "\"instituto de la mujer\"")]
    public void The_count_matches_the_last_bare_word_as_a_prefix_only(string text, string countMatch) =>
        Assert.Equal(countMatch, SearchQuery.Parse(text)?.CountMatch);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("de la los")]
    [InlineData("* : - ( ) ^")]
    [InlineData("\"  \"")]
    public void Text_without_words_has_no_query(string text) => Assert.Null(SearchQuery.Parse(text));

    [Fact]
    public void Decomposed_accents_fold_like_composed_ones() =>
        Assert.Equal(SearchQuery.Parse("Pe\u00F1\u00F3n")!.Match, SearchQuery.Parse("Pen\u0303o\u0301n")!.Match);

    [Fact]
    public void Stop_words_count_inside_quotes() =>
        Assert.Equal(["\"de la\""], SearchQuery.Parse("\"de la\"")!.Terms);
}
