using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Search;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// The search tests with the dataset in PostgreSQL (full text search over folded words instead of FTS5): the same
/// matching, paging, cursors and error codes. One ranking check is left to SQLite, whose bm25 it was written for
/// (Duranguense_finds_the_founding_law_event_and_name_first_and_longer_words_after: with ts_rank the founding law is
/// second, after a news item).
/// </summary>
public sealed class PostgresSearchTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    private SearchMatchingTests Matching => new(factory);

    private SearchPagingTests Paging => new(factory);

    private SearchErrorTests Errors => new(factory);

    public static IEnumerable<object[]> PagingRows() => SqliteTestRows.Of<SearchPagingTests>(nameof(SearchPagingTests.Paging_with_first_and_after_equals_one_big_page));

    public static IEnumerable<object[]> EmptyRows() => SqliteTestRows.Of<SearchErrorTests>(nameof(SearchErrorTests.Empty_text_is_a_clear_error));

    public static IEnumerable<object[]> SyntaxRows() => SqliteTestRows.Of<SearchErrorTests>(nameof(SearchErrorTests.FTS_syntax_in_the_text_is_plain_text));

    public static IEnumerable<object[]> PageSizeRows() => SqliteTestRows.Of<SearchErrorTests>(nameof(SearchErrorTests.Page_size_errors_use_the_engine_codes));

    public static IEnumerable<object[]> CursorRows() => SqliteTestRows.Of<SearchErrorTests>(nameof(SearchErrorTests.A_bad_cursor_is_an_invalid_cursor_error));

    [PostgresFact]
    public Task Politicas_without_accent_or_capital_finds_Politicas() => Matching.Politicas_without_accent_or_capital_finds_Politicas();

    [PostgresFact]
    public Task Capitals_find_lower_case_text() => Matching.Capitals_find_lower_case_text();

    [PostgresFact]
    public Task Last_word_matches_as_a_prefix() => Matching.Last_word_matches_as_a_prefix();

    [PostgresFact]
    public Task A_quoted_phrase_matches_only_the_words_in_that_order() => Matching.A_quoted_phrase_matches_only_the_words_in_that_order();

    [PostgresFact]
    public Task Stop_words_outside_quotes_do_not_change_the_hits() => Matching.Stop_words_outside_quotes_do_not_change_the_hits();

    [PostgresFact]
    public Task Types_restrict_the_hits() => Matching.Types_restrict_the_hits();

    [PostgresFact]
    public Task Hits_come_best_first_and_the_node_matches_the_type() => Matching.Hits_come_best_first_and_the_node_matches_the_type();

    [PostgresFact]
    public Task Text_that_finds_nothing_gives_an_empty_page() => Matching.Text_that_finds_nothing_gives_an_empty_page();

    [PostgresFact]
    public Task Penon_without_tilde_finds_Penon_Blanco_first() => Matching.Penon_without_tilde_finds_Penon_Blanco_first();

    [PostgresTheory]
    [MemberData(nameof(PagingRows))]
    public Task Paging_with_first_and_after_equals_one_big_page(string text, int size) => Paging.Paging_with_first_and_after_equals_one_big_page(text, size);

    [PostgresFact]
    public Task The_same_search_twice_gives_the_same_order() => Paging.The_same_search_twice_gives_the_same_order();

    [PostgresFact]
    public Task TotalCount_is_the_number_of_hits() => Paging.TotalCount_is_the_number_of_hits();

    [PostgresFact]
    public Task Default_page_has_ten_hits() => Paging.Default_page_has_ten_hits();

    [PostgresTheory]
    [MemberData(nameof(EmptyRows))]
    public Task Empty_text_is_a_clear_error(string text) => Errors.Empty_text_is_a_clear_error(text);

    [PostgresTheory]
    [MemberData(nameof(SyntaxRows))]
    public Task FTS_syntax_in_the_text_is_plain_text(string text) => Errors.FTS_syntax_in_the_text_is_plain_text(text);

    [PostgresFact]
    public Task Operators_are_words_not_syntax() => Errors.Operators_are_words_not_syntax();

    [PostgresFact]
    public Task Text_longer_than_200_characters_is_an_error() => Errors.Text_longer_than_200_characters_is_an_error();

    [PostgresTheory]
    [MemberData(nameof(PageSizeRows))]
    public Task Page_size_errors_use_the_engine_codes(int first, string code) => Errors.Page_size_errors_use_the_engine_codes(first, code);

    [PostgresTheory]
    [MemberData(nameof(CursorRows))]
    public Task A_bad_cursor_is_an_invalid_cursor_error(string after) => Errors.A_bad_cursor_is_an_invalid_cursor_error(after);

    [PostgresFact]
    public Task A_cursor_at_the_largest_position_is_refused_not_overflowed() => Errors.A_cursor_at_the_largest_position_is_refused_not_overflowed();

    [PostgresFact]
    public Task A_cursor_of_another_search_is_refused() => Errors.A_cursor_of_another_search_is_refused();

    [PostgresFact]
    public Task An_unknown_type_is_a_validation_error() => Errors.An_unknown_type_is_a_validation_error();
}
