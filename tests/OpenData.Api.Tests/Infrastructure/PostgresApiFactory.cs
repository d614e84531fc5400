namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The API in-process over the committed seed in PostgreSQL (<see cref="PostgresTestDataset"/>): the same host as
/// <see cref="ApiFactory"/> with <c>Database:Provider</c> Postgres. The database is built when the first client is made,
/// so a class whose tests are all skipped (no server) never touches PostgreSQL.
/// </summary>
public sealed class PostgresApiFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("Database:Provider", "Postgres"),
        ("Database:ConnectionString", PostgresTestDataset.ConnectionStringAsync().GetAwaiter().GetResult()),
    ];
}
