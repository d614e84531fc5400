using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

/// <summary>One SQL statement per collection field and one per batched relation level, whatever the number of parents.</summary>
public sealed class SqlPerLevelTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    [Fact]
    public async Task Relations_two_levels_deep_cost_one_statement_per_level()
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }"); // warm the dataset metadata, read once per process
        factory.Sql.Clear();

        var data = await client.DataAsync("""
            {
              municipalities(first: 40) {
                nodes {
                  name
                  centres { name municipalitiesServed { name } }
                  sources { url }
                }
              }
            }
            """);

        Assert.True(data.GetProperty("municipalities").GetProperty("nodes").GetArrayLength() > 20);
        // municipalities, their centres, the centres' municipalitiesServed, the municipalities' sources.
        Assert.Equal(4, factory.Sql.Commands.Count);
    }

    [Fact]
    public async Task TotalCount_adds_one_statement_only_when_selected()
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");

        factory.Sql.Clear();
        await client.DataAsync("{ sources(first: 5) { nodes { title } } }");
        var without = factory.Sql.Commands.Count;
        factory.Sql.Clear();
        await client.DataAsync("{ sources(first: 5) { totalCount nodes { title } } }");
        var with = factory.Sql.Commands.Count;

        Assert.Equal(1, without);
        Assert.Equal(2, with);
    }

    [Fact]
    public async Task Collection_reads_only_the_selected_columns()
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");
        factory.Sql.Clear();

        await client.DataAsync("{ sources(first: 3) { nodes { title } } }");

        var sql = Assert.Single(factory.Sql.Commands);
        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Publisher\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", sql, StringComparison.Ordinal);
    }
}
