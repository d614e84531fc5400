using OpenData.Api.Schema;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

public sealed class SchemaContractTests
{
    [Fact]
    public async Task Committed_schema_equals_the_live_schema()
    {
        var live = SchemaPrinter.PrintServed();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.Schema)!);
            await File.WriteAllTextAsync(RepositoryPaths.Schema, live);
        }

        var committed = File.Exists(RepositoryPaths.Schema) ? (await File.ReadAllTextAsync(RepositoryPaths.Schema)).ReplaceLineEndings("\n") : "";

        Assert.True(committed == live,
            "schema/schema.graphql differs from the live schema. If the change is deliberate, run the tests with UPDATE_SCHEMA=1 and review the diff.\n"
            + LineDiff.Describe(committed, live));
    }

    [Fact]
    public async Task Schema_print_command_writes_the_committed_schema()
    {
        var run = await CommandLineRun.RunAsync("schema", "print");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SchemaPrinter.PrintServed(), run.Output);
    }
}
