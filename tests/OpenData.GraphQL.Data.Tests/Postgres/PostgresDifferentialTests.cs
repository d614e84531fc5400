using OpenData.GraphQL.Data.Tests.Differential;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>The differential tests (SQL through GraphQL against LINQ-to-objects) with the library in PostgreSQL.</summary>
public sealed class PostgresDifferentialTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private DifferentialTests Tests => new(fixture.Library);

    [PostgresFact]
    public Task Generated_filters_and_orders_return_what_LINQ_to_objects_returns() =>
        Tests.Generated_filters_and_orders_return_what_LINQ_to_objects_returns();

    [PostgresFact]
    public Task Walking_all_pages_forward_and_backward_reproduces_the_ordered_list() =>
        Tests.Walking_all_pages_forward_and_backward_reproduces_the_ordered_list();
}
