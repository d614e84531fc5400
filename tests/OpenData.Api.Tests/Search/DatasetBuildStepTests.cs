using Microsoft.EntityFrameworkCore;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>The build hook the search index uses: steps run once each, in order, inside the build, before the rename.</summary>
public sealed class DatasetBuildStepTests : IDisposable
{
    private readonly TempDirectory _directory = TempDirectory.Create("steps");

    private string Database => Path.Combine(_directory.Path, "opendata.sqlite");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Steps_run_once_each_in_order_on_the_written_database()
    {
        var log = new List<string>();
        var first = new RecordingStep("first", log);
        var second = new RecordingStep("second", log);

        var result = await DatasetBuilder.BuildAsync(
            RepositoryPaths.Seed, Database, b => b.AddDatasetBuildStep(first).AddDatasetBuildStep(second).AddDatasetBuildStep(first));

        Assert.True(result.Succeeded);
        Assert.Equal([$"first {result.Info!.CountOf("policies")}", $"second {result.Info.CountOf("policies")}"], log);
    }

    [Fact]
    public async Task A_failing_step_fails_the_build_and_leaves_the_previous_database()
    {
        await DatasetBuilder.BuildAsync(RepositoryPaths.Seed, Database);
        var before = await File.ReadAllBytesAsync(Database);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DatasetBuilder.BuildAsync(RepositoryPaths.Seed, Database, b => b.AddDatasetBuildStep(new FailingStep())));

        Assert.Equal(before, await File.ReadAllBytesAsync(Database));
        Assert.Equal([Database], Directory.GetFiles(_directory.Path));
    }

    private sealed class RecordingStep(string name, List<string> log) : IDatasetBuildStep
    {
        public async Task RunAsync(DbContext context, CancellationToken cancellationToken)
        {
            var policies = await context.Set<OpenData.Domain.Model.Policy>().CountAsync(cancellationToken);
            log.Add($"{name} {policies}");
        }
    }

    private sealed class FailingStep : IDatasetBuildStep
    {
        public Task RunAsync(DbContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("step failed");
    }
}
