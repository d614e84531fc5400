using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Concurrency;

/// <summary>
/// GraphQL.NET runs query fields in parallel; each resolver, count and batch uses its own DbContext, so parallel
/// fields and parallel requests never share one.
/// </summary>
public sealed class ParallelRequestTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Query = """
        {
          a: books(first: 7, order: [{ title: ASC }]) { totalCount nodes { title author { name } tags { label } reviews { stars } } }
          b: books(last: 5, where: { title: { contains: "o" } }) { totalCount edges { cursor node { title } } }
          c: tags(first: 8) { nodes { label books { title } } }
          d: authors(take: 4, skip: 2) { totalCount items { name books { title } } }
          e: reviews(first: 5, order: [{ stars: DESC }]) { nodes { stars book { title } } }
        }
        """;

    [Fact]
    public async Task Sixty_four_parallel_requests_each_with_parallel_fields_give_the_same_answer()
    {
        var reference = (await fixture.ExecuteAsync(Query)).ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => fixture.ExecuteAsync(Query))));

        Assert.All(results, r =>
        {
            JsonAssertions.NoErrors(r);
            Assert.Equal(reference, r.ToString());
        });
        Assert.Contains("\"totalCount\"", reference, StringComparison.Ordinal);
    }
}
