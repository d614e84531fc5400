using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Seed;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Health;

public sealed class StartupBuildTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create("startup");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Serving_builds_a_missing_database_from_the_seed_first()
    {
        var path = Path.Combine(_temp.Path, "fresh.sqlite");
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
        var path = Path.Combine(_temp.Path, "stale.sqlite");
        var seed = Directory.CreateDirectory(Path.Combine(_temp.Path, "seed")).FullName;
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

    [Fact]
    public async Task Serving_rebuilds_a_database_written_with_another_layout_even_when_the_seed_is_unchanged()
    {
        var path = Path.Combine(_temp.Path, "old-layout.sqlite");
        // An older build of the code: same seed, no accent-folded columns and no search index.
        Assert.True((await DatasetBuilder.BuildAsync(RepositoryPaths.Seed, path)).Succeeded);
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), DatasetFile.ReadVersion(path));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Path", path);
            b.UseSetting("Database:SeedDirectory", RepositoryPaths.Seed);
        });
        var client = new GraphQLClient(factory.CreateClient());

        var data = await client.DataAsync("{ search(text: \"mujeres\") { totalCount } policies(where: { name: { contains: \"genero\" } }) { totalCount } }");

        Assert.True(data.GetProperty("search").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(1, data.GetProperty("policies").GetProperty("totalCount").GetInt32());
        var rebuilt = DatasetFile.ReadInfo(path)!;
        Assert.Equal(SeedVersion.Compute(RepositoryPaths.Seed), rebuilt.Version);
        Assert.Equal(factory.Services.GetRequiredService<DatabaseOptions>().ExpectedLayout(), rebuilt.Layout);
    }
}
