using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Seed;

public sealed class CommittedSeedTests
{
    /// <summary>The repository's seed/ must validate cleanly: every collection file present, no problem at all.</summary>
    [Fact]
    public void Committed_seed_is_valid()
    {
        var seedDir = Path.Combine(RepositoryRoot.Find(), "seed");

        var validation = SeedValidator.Validate(seedDir);

        Assert.True(validation.IsValid, $"{validation.Problems.Count} problems in seed/:\n" + string.Join("\n", validation.Problems));
        Assert.NotEmpty(validation.Records.Sources);
    }
}
