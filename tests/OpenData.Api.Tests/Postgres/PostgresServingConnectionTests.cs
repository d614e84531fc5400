using Npgsql;
using OpenData.Domain.Build;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// The serving connection string: Npgsql's automatic preparation (statements reused per connection) and no session
/// reset on close unless the configured string says otherwise, next to the schema and the read-only sessions.
/// </summary>
public sealed class PostgresServingConnectionTests
{
    private const string Given = "Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata";

    [Fact]
    public void Serving_prepares_statements_automatically_when_the_configured_string_does_not_say()
    {
        var serving = new NpgsqlConnectionStringBuilder(PostgresDataset.ServingConnectionString(Given));

        Assert.Equal((PostgresDataset.ServingMaxAutoPrepare, PostgresDataset.ServingAutoPrepareMinUsages), (serving.MaxAutoPrepare, serving.AutoPrepareMinUsages));
        Assert.True(serving.NoResetOnClose);
        Assert.Equal(PostgresDataset.Schema, serving.SearchPath);
        Assert.Contains("default_transaction_read_only=on", serving.Options, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0, PostgresDataset.ServingAutoPrepareMinUsages, true)]
    [InlineData("MaxAutoPrepare=5;Auto Prepare Min Usages=7", 5, 7, true)]
    [InlineData("max auto prepare=64;No Reset On Close=false", 64, PostgresDataset.ServingAutoPrepareMinUsages, false)]
    public void A_configured_setting_is_kept(string settings, int maxAutoPrepare, int minUsages, bool noResetOnClose)
    {
        var serving = new NpgsqlConnectionStringBuilder(PostgresDataset.ServingConnectionString(Given + ";" + settings));

        Assert.Equal((maxAutoPrepare, minUsages, noResetOnClose), (serving.MaxAutoPrepare, serving.AutoPrepareMinUsages, serving.NoResetOnClose));
    }
}
