using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using OpenData.GraphQL.Data.Tests.Plans;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>
/// On PostgreSQL a compiled shape, after its first execution through EF Core, runs EF Core's SQL and materializer on a
/// command of the context's connection: every answer is the same text as through EF Core's pipeline (a library with
/// <c>DirectReads</c> off, in a database of its own), with the same statements in the same order.
/// </summary>
public sealed class PostgresDirectReadTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    [PostgresFact]
    public async Task Shapes_read_directly_on_PostgreSQL_answer_as_through_EF_Core_with_the_same_statements()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync("library_pipeline");
        using var pipeline = new LibraryFixture(o => o.UseNpgsql(database.ConnectionString), engine => engine.DirectReads = false);
        var direct = fixture.Library;
        var before = direct.Plans.Direct.Executions;

        var answers = await DirectReadTests.RunAsync(direct);
        var expected = await DirectReadTests.RunAsync(pipeline);

        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        Assert.Equal(pipeline.Log.Commands, direct.Log.Commands);
        Assert.Equal(0, pipeline.Plans.Direct.Executions);
        var executions = direct.Plans.Direct.Executions - before;
        Assert.True(executions >= answers.Count / 2, $"{executions} direct executions of {answers.Count} requests");
    }
}
