using System.Text.Json;
using OpenData.Api.Explorer;
using OpenData.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace OpenData.Api.Tests.Schema;

/// <summary>
/// Every example query (the explorer's list, the README's section) runs through HTTP without errors and its
/// answer matches the reviewed snapshot, so a change in the schema, the engine or the data shows up here.
/// </summary>
public sealed class ExampleQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Names() => [.. new ExampleQueries().All.Select(e => e.Name)];

    [Fact]
    public void There_are_at_least_fifteen_examples() => Assert.True(new ExampleQueries().All.Count >= 15);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Example_answers_as_in_its_snapshot(string name)
    {
        var example = new ExampleQueries().All.Single(e => e.Name == name);
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.PostAsync(example.Query, example.Variables);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        Snapshot.Match(GraphQLClient.Pretty(result), new SnapshotNameExtension(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Readme_shows_the_example(string name)
    {
        var example = new ExampleQueries().All.Single(e => e.Name == name);
        var readme = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"))).ReplaceLineEndings("\n");

        Assert.Contains(example.Query.TrimEnd(), readme, StringComparison.Ordinal);
    }
}
