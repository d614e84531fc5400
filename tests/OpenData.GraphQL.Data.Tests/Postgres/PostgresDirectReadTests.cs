using OpenData.GraphQL.Data.Tests.Plans;
using OpenData.Testing.Postgres;

namespace OpenData.GraphQL.Data.Tests.Postgres;

/// <summary>On PostgreSQL (a provider the direct path does not cover) every compiled shape runs through EF Core, and answers.</summary>
public sealed class PostgresDirectReadTests(PostgresLibraryFixture fixture) : IClassFixture<PostgresLibraryFixture>
{
    [PostgresFact]
    public async Task Every_shape_runs_through_EF_Core_on_PostgreSQL()
    {
        var answers = await DirectReadTests.RunAsync(fixture.Library);

        Assert.NotEmpty(answers);
        Assert.Equal(0, fixture.Library.Plans.Direct.Executions);
        Assert.True(fixture.Library.Plans.QueryCount > 0, "the shapes were compiled");
    }
}
