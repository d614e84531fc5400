using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 9 (kill -9 during a build left *.tmp files nothing removed) and fault 10's reproducibility (two builds of the
/// same seed differed in their bytes), through the command line.
/// </summary>
public sealed class BuildFileTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create("buildfiles");

    private DirectoryInfo Folder => new(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Two_builds_of_the_same_seed_are_byte_identical()
    {
        var first = Path.Combine(Folder.FullName, "first.sqlite");
        var second = Path.Combine(Folder.FullName, "second.sqlite");

        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", first)).ExitCode);
        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", second)).ExitCode);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task The_next_build_removes_temporary_files_of_builds_that_died_and_keeps_those_of_running_ones()
    {
        var target = Path.Combine(Folder.FullName, "opendata.sqlite");
        // pid 99999999 is above Linux's pid_max: that build is gone. The older naming had no pid at all.
        string[] stale =
        [
            $".opendata.sqlite.99999999.{Guid.NewGuid():N}.tmp",
            $".opendata.sqlite.99999999.{Guid.NewGuid():N}.tmp-journal",
            $".opendata.sqlite.{Guid.NewGuid():N}.tmp",
        ];
        var running = $".opendata.sqlite.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        foreach (var name in stale.Append(running))
        {
            await File.WriteAllTextAsync(Path.Combine(Folder.FullName, name), "partial build");
        }

        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", target)).ExitCode);

        var left = Folder.GetFiles().Select(f => f.Name).ToList();
        Assert.All(stale, name => Assert.DoesNotContain(name, left));
        Assert.Contains(running, left);
        Assert.Contains("opendata.sqlite", left);
    }

    [Fact]
    public async Task A_synthetic_build_killed_with_sigkill_leaves_files_the_next_build_removes()
    {
        var target = Path.Combine(Folder.FullName, "synthetic.sqlite");
        using (var build = ApiProcess.Start("seed", "synthetic", "--rows", "5000000", "--out", target))
        {
            var until = DateTime.UtcNow.AddMinutes(3);
            while (Temporaries().Count == 0 && !build.HasExited && DateTime.UtcNow < until)
            {
                await Task.Delay(50);
            }

            build.Kill();
        }

        Assert.NotEmpty(Temporaries());
        Assert.False(File.Exists(target));

        Assert.Equal(0, (await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--out", target)).ExitCode);

        Assert.Empty(Temporaries());
        Assert.True(File.Exists(target));
    }

    private List<string> Temporaries() => [.. Folder.GetFiles("*.tmp*").Select(f => f.Name)];
}
