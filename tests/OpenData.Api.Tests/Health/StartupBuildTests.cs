using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Seed;

namespace OpenData.Api.Tests.Health;

public sealed class StartupBuildTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("opendata-startup-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task Serving_builds_a_missing_database_from_the_seed_first()
    {
        var path = Path.Combine(_temp.FullName, "fresh.sqlite");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Path", path);
            b.UseSetting("Database:SeedDirectory", RepositoryPaths.Seed);
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), DatasetFile.ReadVersion(path));
    }

    [Fact]
    public async Task Serving_rebuilds_a_database_whose_version_differs_from_the_seed()
    {
        var path = Path.Combine(_temp.FullName, "stale.sqlite");
        var seed = Directory.CreateDirectory(Path.Combine(_temp.FullName, "seed")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seed))
        {
            File.Copy(file, Path.Combine(seed, Path.GetFileName(file)));
        }

        Assert.True((await DatasetBuilder.BuildAsync(seed, path)).Succeeded);
        await File.AppendAllTextAsync(Path.Combine(seed, "sources.yaml"), "# a reviewed comment changes the version\n");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Path", path);
            b.UseSetting("Database:SeedDirectory", seed);
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedVersion.Compute(seed), DatasetFile.ReadVersion(path));
    }
}
