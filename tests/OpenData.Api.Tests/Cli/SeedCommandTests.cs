using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Cli;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create("cli");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_passes_on_the_committed_seed_and_prints_counts()
    {
        var run = await CommandLineRun.RunAsync("seed", "validate", "--seed", RepositoryPaths.Seed);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("seed OK: ", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ sources", run.Output);
    }

    [Fact]
    public async Task Validate_reports_every_problem_with_file_line_and_record_and_exits_1()
    {
        var seed = CopySeed();
        var file = Path.Combine(seed, "sources.yaml");
        var text = await File.ReadAllTextAsync(file);
        var firstUrl = text.IndexOf("url: http", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text[..firstUrl] + "url: not-a-url" + text[text.IndexOf('\n', firstUrl)..]);
        var events = Path.Combine(seed, "historyEvents.yaml");
        var eventsText = await File.ReadAllTextAsync(events);
        var firstCategory = eventsText.IndexOf("category: ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(events, eventsText[..firstCategory] + "category: NOT_A_CATEGORY" + eventsText[eventsText.IndexOf('\n', firstCategory)..]);

        var run = await CommandLineRun.RunAsync("seed", "validate", "--seed", seed);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"sources\.yaml:\d+:\d+: [a-z0-9-]+\.url: ", run.Error);
        Assert.Matches(@"historyEvents\.yaml:\d+:\d+: [a-z0-9-]+\.category: ", run.Error);
    }

    [Fact]
    public async Task Missing_seed_folder_is_bad_usage()
    {
        var run = await CommandLineRun.RunAsync("seed", "validate", "--seed", Path.Combine(_temp.Path, "nope"));

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Unknown_option_is_bad_usage()
    {
        var run = await CommandLineRun.RunAsync("seed", "validate", "--sed", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Build_writes_a_database_whose_version_is_the_seed_version()
    {
        var output = Path.Combine(_temp.Path, "out.sqlite");

        var run = await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var info = DatasetFile.ReadInfo(output);
        Assert.NotNull(info);
        Assert.Equal(OpenData.Domain.Seed.SeedVersion.Compute(RepositoryPaths.Seed), info.Version);
        Assert.Contains(info.Version, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_build_leaves_the_previous_database_untouched()
    {
        var output = Path.Combine(_temp.Path, "out.sqlite");
        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", output)).ExitCode);
        var before = await File.ReadAllBytesAsync(output);
        var seed = CopySeed();
        await File.AppendAllTextAsync(Path.Combine(seed, "sources.yaml"), "\n- id: [broken\n");

        var run = await CommandLineRun.RunAsync("seed", "build", "--seed", seed, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(output));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    private string CopySeed()
    {
        var target = Directory.CreateDirectory(Path.Combine(_temp.Path, "seed-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seed))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
