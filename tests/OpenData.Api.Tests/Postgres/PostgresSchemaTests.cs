using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Schema;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>Collections, relations and node lookups through HTTP with the dataset in PostgreSQL.</summary>
public sealed class PostgresSchemaTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    private CollectionsAndRelationsTests Collections => new(factory);

    private NodeTests Nodes => new(factory);

    public static IEnumerable<object[]> CollectionRows() =>
        SqliteTestRows.Of<CollectionsAndRelationsTests>(nameof(CollectionsAndRelationsTests.Every_record_of_the_collection_is_served_with_its_sources));

    [PostgresFact]
    public void The_factory_serves_from_PostgreSQL()
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContext();

        Assert.Equal(PostgresProvider.Name, db.Database.ProviderName);
        Assert.NotEmpty(db.Set<Municipality>().Select(m => m.Id).Take(1).ToList());
    }

    [PostgresTheory]
    [MemberData(nameof(CollectionRows))]
    public Task Every_record_of_the_collection_is_served_with_its_sources(string field, string collection) =>
        Collections.Every_record_of_the_collection_is_served_with_its_sources(field, collection);

    [PostgresFact]
    public Task Funding_records_page_by_offset_with_sources() => Collections.Funding_records_page_by_offset_with_sources();

    [PostgresFact]
    public Task Sources_are_served_with_url_and_every_other_record_cites_only_existing_sources() =>
        Collections.Sources_are_served_with_url_and_every_other_record_cites_only_existing_sources();

    [PostgresFact]
    public Task Relations_are_followed_both_ways() => Collections.Relations_are_followed_both_ways();

    [PostgresFact]
    public Task Disputed_declaration_day_returns_each_claim_with_its_own_source() => Collections.Disputed_declaration_day_returns_each_claim_with_its_own_source();

    [PostgresFact]
    public Task Node_ids_round_trip_for_every_type_that_implements_node() => Nodes.Node_ids_round_trip_for_every_type_that_implements_node();

    [PostgresFact]
    public Task By_id_fields_take_a_slug_or_a_global_id() => Nodes.By_id_fields_take_a_slug_or_a_global_id();

    [PostgresFact]
    public Task Bad_global_ids_are_field_errors_with_a_code_and_the_rest_resolves() => Nodes.Bad_global_ids_are_field_errors_with_a_code_and_the_rest_resolves();
}
