using OpenData.Api.Tests.Exports;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>Sizes and hashes are computed once per dataset version: later catalogues do not stream the downloads again.</summary>
public sealed class CatalogCachingTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    [Fact]
    public async Task Digests_are_computed_on_the_first_request_only()
    {
        using var client = factory.CreateClient();
        var catalogUri = new Uri("/catalog.json", UriKind.Relative);

        factory.Sql.Clear();
        var first = await client.GetStringAsync(catalogUri);
        var firstCommands = factory.Sql.Commands.Count;
        factory.Sql.Clear();
        var second = await client.GetStringAsync(catalogUri);

        Assert.Equal(first, second);
        Assert.True(firstCommands >= Downloadable.All.Count * 3, $"first catalogue ran {firstCommands} commands");
        // Only the MIN/MAX reads of the temporal coverage; no download is streamed again.
        Assert.True(
            factory.Sql.Commands.All(c => c.StartsWith("SELECT MIN(", StringComparison.Ordinal) || c.StartsWith("SELECT MAX(", StringComparison.Ordinal)),
            "second catalogue ran:\n" + string.Join('\n', factory.Sql.Commands));
        Assert.DoesNotContain(factory.Sql.Commands, command => command.Contains("FROM \"Sources\"", StringComparison.Ordinal));
    }
}
