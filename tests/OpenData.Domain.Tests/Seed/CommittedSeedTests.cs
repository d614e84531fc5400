using OpenData.Domain.Build;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Support;
using OpenData.Testing.Files;

namespace OpenData.Domain.Tests.Seed;

public sealed class CommittedSeedTests
{
    private static readonly string SeedDir = Path.Combine(RepositoryRoot.Find(), "seed");

    /// <summary>The repository's seed/ must validate cleanly: every collection file present, no problem at all.</summary>
    [Fact]
    public void Committed_seed_is_valid()
    {
        var validation = SeedValidator.Validate(SeedDir);

        Assert.True(validation.IsValid, $"{validation.Problems.Count} problems in seed/:\n" + string.Join("\n", validation.Problems));
        Assert.NotEmpty(validation.Records.Records<Source>());
    }

    [Fact]
    public async Task Committed_seed_builds_with_every_record()
    {
        using var dir = TempDirectory.Create("build");
        var database = dir.PathOf("opendata.db");

        var result = await DatasetBuilder.BuildAsync(SeedDir, database);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var (collection, count) in result.Records.Counts)
        {
            var table = char.ToUpperInvariant(collection[0]) + collection[1..];
            Assert.Equal((collection, (long)count), (collection, (long)DatabaseDump.Scalar(database, $"SELECT COUNT(*) FROM \"{table}\"")));
        }
    }
}
