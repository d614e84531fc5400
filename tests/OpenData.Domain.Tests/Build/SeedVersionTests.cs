using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Build;

public sealed class SeedVersionTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Version_is_lowercase_hex_sha256_and_matches_the_validation()
    {
        var version = SeedVersion.Compute(seed.Dir);

        Assert.Matches("^[0-9a-f]{64}$", version);
        Assert.Equal(version, SeedValidator.Validate(seed.Dir).Version);
    }

    [Fact]
    public void Any_change_to_a_seed_file_changes_the_version()
    {
        var before = SeedVersion.Compute(seed.Dir);
        File.AppendAllText(seed.PathOf("plans.yaml"), "# a comment\n");

        Assert.NotEqual(before, SeedVersion.Compute(seed.Dir));
    }

    [Fact]
    public void Line_endings_do_not_change_the_version()
    {
        var before = SeedVersion.Compute(seed.Dir);
        seed.Write("plans.yaml", seed.Read("plans.yaml").Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(before, SeedVersion.Compute(seed.Dir));
    }

    [Fact]
    public void Files_other_than_yaml_do_not_change_the_version()
    {
        var before = SeedVersion.Compute(seed.Dir);
        File.WriteAllText(seed.PathOf("README.md"), "# notes\n");

        Assert.Equal(before, SeedVersion.Compute(seed.Dir));
    }
}
