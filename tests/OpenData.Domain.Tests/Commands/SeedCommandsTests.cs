using OpenData.Domain.Build;
using OpenData.Domain.Commands;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Commands;

public sealed class SeedCommandsTests : IDisposable
{
    private readonly SeedCopy seed = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        seed.Dispose();
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public void Validate_prints_one_summary_line_and_exits_0_when_clean()
    {
        var code = SeedCommands.Validate(seed.Dir, output, error);

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        Assert.StartsWith("seed OK: 4 sources, 1 institutions, 1 institutionNames, 2 historyEvents,", output.ToString(), StringComparison.Ordinal);
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Validate_lists_every_problem_and_exits_1()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");
        seed.Replace("fundingRecords.yaml", "amount: 7000000", "amount: -7000000");

        var code = SeedCommands.Validate(seed.Dir, output, error);

        Assert.Equal(1, code);
        Assert.Equal("", output.ToString());
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{seed.Dir}/fundingRecords.yaml:", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("pftpg.level: 'FOO' is not one of FEDERAL, STATE, MUNICIPAL", lines[1], StringComparison.Ordinal);
        Assert.Equal("seed: 2 problems", lines[2]);
    }

    [Fact]
    public async Task Missing_seed_directory_is_bad_usage()
    {
        var missing = Path.Combine(seed.Root, "nope");

        Assert.Equal(2, SeedCommands.Validate(missing, output, error));
        Assert.Equal(2, await SeedCommands.BuildAsync(missing, Path.Combine(seed.Root, "x.db"), null, output, error, CancellationToken.None));
        Assert.Contains("nope", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_writes_the_database_and_reports_its_version()
    {
        var file = Path.Combine(seed.Root, "out", "opendata.db");

        var code = await SeedCommands.BuildAsync(seed.Dir, file, null, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.StartsWith($"built {file}: version {DatasetFile.ReadVersion(file)}, 4 sources, 1 institutions,", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_with_problems_exits_1_and_writes_nothing()
    {
        seed.Replace("programs.yaml", "level: FEDERAL", "level: FOO");
        var file = Path.Combine(seed.Root, "opendata.db");

        var code = await SeedCommands.BuildAsync(seed.Dir, file, null, output, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("pftpg.level", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
