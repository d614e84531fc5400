using OpenData.GraphQL.Data.Tests.Paging;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>Cursor and offset paging with the library in PostgreSQL.</summary>
public sealed class PostgresPagingTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private CursorPagingTests Cursor => new(fixture.Library);

    private OffsetPagingTests Offset => new(fixture.Library);

    [PostgresFact]
    public Task Default_page_is_ten_books_in_id_order_with_next_page() => Cursor.Default_page_is_ten_books_in_id_order_with_next_page();

    [PostgresFact]
    public Task After_the_end_cursor_continues_where_the_first_page_stopped() => Cursor.After_the_end_cursor_continues_where_the_first_page_stopped();

    [PostgresFact]
    public Task Contains_ignores_accents_and_case() => Cursor.Contains_ignores_accents_and_case();

    [PostgresFact]
    public Task First_and_last_together_take_the_last_of_the_first() => Cursor.First_and_last_together_take_the_last_of_the_first();

    [PostgresFact]
    public Task Or_inside_a_string_operation_ands_with_its_siblings() => Cursor.Or_inside_a_string_operation_ands_with_its_siblings();

    [PostgresFact]
    public Task Skip_and_take_slice_the_ordered_list_with_segment_info_and_total() => Offset.Skip_and_take_slice_the_ordered_list_with_segment_info_and_total();

    [PostgresFact]
    public Task The_last_segment_has_no_next_page() => Offset.The_last_segment_has_no_next_page();
}
