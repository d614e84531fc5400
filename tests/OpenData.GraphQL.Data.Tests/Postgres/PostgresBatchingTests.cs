using OpenData.GraphQL.Data.Tests.Batching;
using OpenData.GraphQL.Data.Tests.Concurrency;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>Batched relations and parallel requests with the library in PostgreSQL.</summary>
public sealed class PostgresBatchingTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    private BatchedRelationTests Batching => new(fixture.Library);

    [PostgresFact]
    public Task Batched_to_one_to_many_and_many_to_many_relations_match_the_rows() =>
        Batching.Batched_to_one_to_many_and_many_to_many_relations_match_the_rows();

    [PostgresFact]
    public Task Batched_relations_under_offset_paging_and_aliases_resolve_separately() =>
        Batching.Batched_relations_under_offset_paging_and_aliases_resolve_separately();

    [PostgresFact]
    public Task Batched_lists_follow_their_declared_order_even_when_the_order_member_is_not_selected() =>
        Batching.Batched_lists_follow_their_declared_order_even_when_the_order_member_is_not_selected();

    [PostgresFact]
    public Task Batch_by_key_loads_children_by_foreign_key_with_a_filter() => Batching.Batch_by_key_loads_children_by_foreign_key_with_a_filter();

    [PostgresFact]
    public Task Entities_loaded_by_key_are_batched_per_type() => Batching.Entities_loaded_by_key_are_batched_per_type();

    [PostgresFact]
    public Task Sixty_four_parallel_requests_each_with_parallel_fields_give_the_same_answer() =>
        new ParallelRequestTests(fixture.Library).Sixty_four_parallel_requests_each_with_parallel_fields_give_the_same_answer();
}
