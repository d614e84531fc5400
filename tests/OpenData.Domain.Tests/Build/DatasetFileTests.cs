using OpenData.Domain.Build;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Build;

public sealed class DatasetFileTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Missing_file_has_no_info() => Assert.Null(DatasetFile.ReadInfo(Path.Combine(seed.Root, "none.db")));

    [Fact]
    public void A_file_that_is_not_a_database_has_no_info()
    {
        var file = Path.Combine(seed.Root, "not.db");
        File.WriteAllText(file, "hello, not sqlite");

        Assert.Null(DatasetFile.ReadVersion(file));
    }

    [Fact]
    public async Task Reading_the_info_does_not_modify_the_file()
    {
        var file = Path.Combine(seed.Root, "opendata.db");
        Assert.True((await DatasetBuilder.BuildAsync(seed.Dir, file)).Succeeded);
        var before = await File.ReadAllBytesAsync(file);

        Assert.NotNull(DatasetFile.ReadInfo(file));
        Assert.Equal(before, await File.ReadAllBytesAsync(file));
    }
}
