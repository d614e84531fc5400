using OpenData.Api.Data;
using OpenData.Domain.Build;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The committed seed built once per test run into a temporary database that every test server reads; its folder is
/// deleted when the test process exits.
/// </summary>
public static class TestDataset
{
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static Task<string> PathAsync() => Built.Value;

    private static async Task<string> BuildAsync()
    {
        var path = Path.Combine(TempDirectory.ForTheRun("tests"), "opendata.sqlite");
        var result = await DatasetBuilder.BuildAsync(RepositoryPaths.Seed, path, DatabaseServiceCollectionExtensions.ConfigureModel);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The committed seed does not build:\n" + string.Join('\n', result.Problems));
        }

        return path;
    }
}
