using OpenData.GraphQL.Data.Tests.Sorting;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary><see cref="CollationTests"/> with the library in PostgreSQL (ICU collation created with the tables).</summary>
public sealed class PostgresCollationTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private CollationTests Tests => new(fixture.Library);

    [PostgresFact]
    public Task Collated_titles_sort_in_spanish_order_and_subtitles_stay_binary() => Tests.Collated_titles_sort_in_spanish_order_and_subtitles_stay_binary();

    [PostgresFact]
    public Task Equality_on_a_collated_column_still_matches_only_identical_text() => Tests.Equality_on_a_collated_column_still_matches_only_identical_text();

    [PostgresFact]
    public Task A_cursor_of_the_binary_order_is_refused_with_its_own_code() => Tests.A_cursor_of_the_binary_order_is_refused_with_its_own_code();
}
