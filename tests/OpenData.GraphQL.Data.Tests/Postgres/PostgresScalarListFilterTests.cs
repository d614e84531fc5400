using OpenData.GraphQL.Data.Tests.Filtering;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary><see cref="ScalarListFilterTests"/> with the library in PostgreSQL (the list is an integer array there).</summary>
public sealed class PostgresScalarListFilterTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private ScalarListFilterTests Tests => new(fixture.Library);

    [PostgresFact]
    public Task Some_all_none_and_any_select_what_LINQ_selects() => Tests.Some_all_none_and_any_select_what_LINQ_selects();

    [PostgresFact]
    public Task The_filter_runs_in_the_database() => Tests.The_filter_runs_in_the_database();
}
