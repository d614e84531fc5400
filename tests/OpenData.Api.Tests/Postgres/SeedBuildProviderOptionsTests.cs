using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Commands;

namespace OpenData.Api.Tests.Postgres;

/// <summary><c>seed build --provider</c> usage errors, which need no server.</summary>
public sealed class SeedBuildProviderOptionsTests
{
    [Fact]
    public async Task An_unknown_provider_is_bad_usage()
    {
        var run = await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--provider", "Oracle");

        Assert.Equal(SeedCommands.BadUsage, run.ExitCode);
        Assert.Contains("--provider must be Sqlite or Postgres", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_bad_usage()
    {
        var run = await CommandLineRun.RunAsync("seed", "build", "--seed", RepositoryPaths.Seed, "--provider", "Postgres");

        Assert.Equal(SeedCommands.BadUsage, run.ExitCode);
        Assert.Contains("needs --connection or Database:ConnectionString", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_and_exits_1()
    {
        var run = await CommandLineRun.RunAsync(
            "seed", "build", "--seed", RepositoryPaths.Seed, "--provider", "postgres",
            "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2");

        Assert.Equal(SeedCommands.Problems, run.ExitCode);
        Assert.Contains("seed build: could not write postgresql://127.0.0.1:1/z schema opendata:", run.Error, StringComparison.Ordinal);
    }
}
