using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Ordering;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary><see cref="SpanishOrderTests"/> with the dataset in PostgreSQL (ICU collation <c>es</c>).</summary>
public sealed class PostgresSpanishOrderTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    private SpanishOrderTests Sqlite => new(factory);

    [PostgresFact]
    public Task Municipalities_by_name_follow_spanish_alphabetical_order() => Sqlite.Municipalities_by_name_follow_spanish_alphabetical_order();

    [PostgresFact]
    public Task Descending_is_the_exact_reverse() => Sqlite.Descending_is_the_exact_reverse();

    [PostgresTheory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public Task Paging_by_cursor_through_spanish_order_has_no_gap_or_duplicate(int size) =>
        Sqlite.Paging_by_cursor_through_spanish_order_has_no_gap_or_duplicate(size);

    [PostgresFact]
    public Task A_cursor_issued_under_the_binary_order_answers_a_clear_error() => Sqlite.A_cursor_issued_under_the_binary_order_answers_a_clear_error();
}
