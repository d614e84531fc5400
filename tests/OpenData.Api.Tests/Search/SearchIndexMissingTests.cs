using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.GraphQL.Data.TextFolding;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Search;

/// <summary>A database built without the search index (e.g. before search existed) answers with a clear error, not a 500.</summary>
public sealed class SearchIndexMissingTests(SearchIndexMissingTests.WithoutIndexFactory factory) : IClassFixture<SearchIndexMissingTests.WithoutIndexFactory>
{
    [Fact]
    public async Task Search_without_the_index_is_SEARCH_INDEX_MISSING()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.PostAsync("""{ search(text: "mujeres") { nodes { score } } }""");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("SEARCH_INDEX_MISSING", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("seed build", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The API over the committed seed built with text folding but without the build steps.</summary>
    public sealed class WithoutIndexFactory : ApiFactory
    {
        private readonly TempDirectory _directory = TempDirectory.Create("noindex");

        protected override IEnumerable<(string Key, string Value)> Settings() => [("Database:Path", BuildWithoutIndex())];

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            _directory.Dispose();
        }

        private string BuildWithoutIndex()
        {
            var path = _directory.PathOf("opendata.sqlite");
            var result = DatasetBuilder.BuildAsync(RepositoryPaths.Seed, path, b => b.UseTextFolding()).GetAwaiter().GetResult();
            return result.Succeeded ? path : throw new InvalidOperationException(string.Join('\n', result.Problems));
        }
    }
}
