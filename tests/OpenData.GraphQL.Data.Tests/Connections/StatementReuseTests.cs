using OpenData.GraphQL.Data.Contexts;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Connections;

/// <summary>
/// The engine's SQLite contexts run on long-lived pooled connections and their cached prepared statements: every
/// answer equals the answer of the same library served without reuse (each query on a new command and connection).
/// </summary>
public sealed class StatementReuseTests
{
    private const string PageQuery = """
        query($minPages: Int!, $maxPrice: Decimal!, $first: Int!, $after: String) {
          books(first: $first, after: $after, where: { pages: { gte: $minPages }, price: { lte: $maxPrice } },
                order: [{ published: DESC }, { title: ASC }]) {
            totalCount
            nodes { id title pages price published author { name } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string AuthorQuery = """
        query($country: String, $skip: Int!) {
          authors(take: 3, skip: $skip, where: { country: { eq: $country } }, order: [{ name: ASC }]) {
            items { name born books { title price } }
          }
        }
        """;

    private static readonly (int MinPages, decimal MaxPrice, int First)[] Walks =
        [(0, 1000m, 3), (200, 25.5m, 2), (100, 60m, 4), (350, 1000m, 5), (50, 15m, 1), (0, 40m, 7)];

    [Fact]
    public async Task Filter_values_and_cursors_interleaved_on_one_reused_connection_answer_as_without_reuse()
    {
        // One connection: every query of both shapes runs on it, on its prepared statements.
        using var reused = new LibraryFixture(null, engine => (engine.ServingConnections, engine.StatementCacheSize) = (1, 16));
        using var plain = new LibraryFixture(null, engine => engine.ServingConnections = 0);
        var cursors = new string?[Walks.Length];
        var done = new bool[Walks.Length];
        var pages = 0;
        for (var round = 0; done.Contains(false) && round < 200; round++)
        {
            for (var walk = 0; walk < Walks.Length; walk++)
            {
                if (done[walk])
                {
                    continue;
                }

                var (minPages, maxPrice, first) = Walks[walk];
                var variables = new { minPages, maxPrice, first, after = cursors[walk] };
                var expected = await plain.ExecuteAsync(PageQuery, variables);
                var actual = await reused.ExecuteAsync(PageQuery, variables);
                JsonAssertions.NoErrors(expected);
                Assert.Equal(expected.ToString(), actual.ToString());
                var info = actual.GetProperty("data").GetProperty("books").GetProperty("pageInfo");
                cursors[walk] = info.GetProperty("endCursor").GetString();
                done[walk] = !info.GetProperty("hasNextPage").GetBoolean();
                pages++;

                // Another statement between two pages of the same walk.
                var authors = new { country = walk % 3 == 0 ? null : walk % 2 == 0 ? "MX" : "AR", skip = round % 3 };
                Assert.Equal((await plain.ExecuteAsync(AuthorQuery, authors)).ToString(), (await reused.ExecuteAsync(AuthorQuery, authors)).ToString());
            }
        }

        Assert.DoesNotContain(false, done);
        Assert.True(pages > 3 * Walks.Length, $"only {pages} pages walked");
        var pool = ((DbContextFactorySource<Model.LibraryDb>)reused.Contexts).Connections;
        Assert.Equal(1, pool.Count);
        var statements = Assert.Single(pool.Idle()).Statements!;
        Assert.True(statements.Hits > pages, $"{statements.Hits} executions on a reused statement for {pages} pages");
        Assert.InRange(statements.Count, 4, 16);
    }

    [Fact]
    public async Task Parallel_walks_on_two_reused_connections_with_two_statements_each_answer_as_without_reuse()
    {
        // More parallel contexts than connections (the rest use their own), more statements than a cache keeps.
        using var reused = new LibraryFixture(null, engine => (engine.ServingConnections, engine.StatementCacheSize) = (2, 2));
        using var plain = new LibraryFixture(null, engine => engine.ServingConnections = 0);

        async Task<List<string>> WalkAsync(LibraryFixture library, int walk)
        {
            var (minPages, maxPrice, first) = Walks[walk % Walks.Length];
            var answers = new List<string>();
            string? after = null;
            for (var page = 0; page < 100; page++)
            {
                var result = await library.ExecuteAsync(PageQuery, new { minPages, maxPrice, first, after });
                answers.Add(result.ToString());
                var info = result.GetProperty("data").GetProperty("books").GetProperty("pageInfo");
                if (!info.GetProperty("hasNextPage").GetBoolean())
                {
                    break;
                }

                after = info.GetProperty("endCursor").GetString();
            }

            return answers;
        }

        var walks = Enumerable.Range(0, 24).ToArray();
        var expected = new List<List<string>>();
        foreach (var walk in walks)
        {
            expected.Add(await WalkAsync(plain, walk));
        }

        var actual = await Task.WhenAll(walks.Select(walk => Task.Run(() => WalkAsync(reused, walk))));

        for (var i = 0; i < walks.Length; i++)
        {
            Assert.All(expected[i], answer => Assert.DoesNotContain("\"errors\"", answer, StringComparison.Ordinal));
            Assert.Equal(expected[i], actual[i]);
        }

        var pool = ((DbContextFactorySource<Model.LibraryDb>)reused.Contexts).Connections;
        Assert.InRange(pool.Count, 1, 2);
        Assert.All(pool.Idle(), c => Assert.InRange(c.Statements!.Count, 1, 2));
    }

    [Fact]
    public async Task Disposing_the_services_closes_the_pooled_connections()
    {
        var library = new LibraryFixture();
        string path;
        try
        {
            path = library.DatabasePath!;
            JsonAssertions.NoErrors(await library.ExecuteAsync(PageQuery, new { minPages = 0, maxPrice = 1000m, first = 2, after = (string?)null }));
            var pool = ((DbContextFactorySource<Model.LibraryDb>)library.Contexts).Connections;
            Assert.Equal(1, pool.Count);
            Assert.Equal(System.Data.ConnectionState.Open, pool.Idle()[0].Connection.State);
        }
        finally
        {
            library.Dispose();
        }

        Assert.False(File.Exists(path), "the database file is left behind");
        if (OperatingSystem.IsLinux())
        {
            var open = Directory.GetFiles("/proc/self/fd")
                .Select(fd => new FileInfo(fd).LinkTarget)
                .Where(target => target is not null && target.StartsWith(path, StringComparison.Ordinal))
                .ToList();
            Assert.Empty(open);
        }
    }
}
