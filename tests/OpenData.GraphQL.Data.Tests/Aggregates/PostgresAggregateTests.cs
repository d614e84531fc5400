using OpenData.GraphQL.Data.Tests.Postgres;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Aggregates;

/// <summary>The aggregate differential tests with the library in PostgreSQL (skipped when no server answers).</summary>
public sealed class PostgresAggregateTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private AggregateDifferentialTests Tests => new(fixture.Library);

    [PostgresFact]
    public Task Aggregates_under_generated_filters_equal_LINQ_to_objects() =>
        Tests.Aggregates_under_generated_filters_equal_LINQ_to_objects();

    [PostgresFact]
    public Task Grouped_aggregates_under_generated_filters_and_group_bys_equal_LINQ_to_objects() =>
        Tests.Grouped_aggregates_under_generated_filters_and_group_bys_equal_LINQ_to_objects();

    [PostgresFact]
    public Task Grouped_aggregates_of_an_offset_collection_with_nullable_dates_equal_LINQ_to_objects() =>
        Tests.Grouped_aggregates_of_an_offset_collection_with_nullable_dates_equal_LINQ_to_objects();
}
