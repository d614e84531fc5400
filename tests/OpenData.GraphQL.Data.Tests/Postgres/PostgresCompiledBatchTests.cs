using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Tests.Batching;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>
/// On PostgreSQL the compiled batches keep the ad-hoc statements' SQL (the key lists as one array parameter where the
/// ad-hoc query has one) and answers, and their later runs read directly as on SQLite.
/// </summary>
public sealed class PostgresCompiledBatchTests
{
    [PostgresFact]
    public async Task Batches_of_any_number_of_keys_answer_as_the_ad_hoc_statements_with_the_same_statements()
    {
        await using var compiledDatabase = await PostgresTestServer.CreateDatabaseAsync("batches");
        await using var adHocDatabase = await PostgresTestServer.CreateDatabaseAsync("batches");
        using var compiled = new LibraryFixture(o => o.UseNpgsql(compiledDatabase.ConnectionString), null);
        using var adHoc = new LibraryFixture(o => o.UseNpgsql(adHocDatabase.ConnectionString), engine => engine.CompiledBatches = false);

        var expected = await CompiledBatchTests.RunAsync(adHoc);
        var answers = await CompiledBatchTests.RunAsync(compiled);

        Assert.Equal(expected, answers);
        // The same statements; a level's batches run concurrently over PostgreSQL's asynchronous reads, in either order.
        Assert.Equal(adHoc.Log.Commands.Order(StringComparer.Ordinal), compiled.Log.Commands.Order(StringComparer.Ordinal));
        Assert.Contains(compiled.Log.Commands, c => c.Contains("= ANY (@Value)", StringComparison.Ordinal));
        // Every batch statement names the keys' parameter (@Value, or @Value1… for a padded list), and ran compiled.
        var batches = compiled.Log.Commands.Count(c => c.Contains("@Value", StringComparison.Ordinal));
        Assert.Equal(batches, compiled.Plans.BatchExecutions);
        Assert.Equal(0, adHoc.Plans.BatchExecutions);
        // Every batch statement but each shape's first execution reads directly.
        var shapes = compiled.Plans.QueryCount - adHoc.Plans.QueryCount + 1;
        var directBatches = compiled.Plans.Direct.Executions - adHoc.Plans.Direct.Executions;
        Assert.True(directBatches >= batches - shapes, $"{directBatches} direct batch executions of {batches} batch statements in {shapes} shapes");
    }
}
