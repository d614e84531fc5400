using System.Reflection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Architecture;

/// <summary>
/// No two folders of a project depend on each other, directly or through others: each folder can be read, changed and
/// moved knowing only the folders below it. Read from the compiled assemblies (<see cref="FolderGraph"/>).
/// </summary>
public sealed class FolderCycleTests(ITestOutputHelper output)
{
    /// <summary>
    /// The Api has no folder cycle. The libraries' cycles measured when this test was written are listed (each group of
    /// folders that reach each other, alphabetical, separated by "|"): any other cycle, or a listed group that grows,
    /// fails; a listed group that is broken fails too, until it is taken off the list.
    /// </summary>
    [Theory]
    [InlineData("OpenData.Api", "")]
    [InlineData("OpenData.Synthetic", "")]
    [InlineData("OpenData.Domain", "Build Collections Data Releases Seed")]
    [InlineData("OpenData.GraphQL.Data", "")]
    [InlineData("OpenData.GraphQL.Http", "")]
    public void The_folders_of_a_project_have_no_cycle_but_the_listed_ones(string project, string listed)
    {
        var graph = FolderGraph.Read(Assembly.Load(project).Location, project)
            .WithUsings(Path.Combine(RepositoryPaths.Root, "src", project), project);
        output.WriteLine($"{project}: {graph.Folders.Count} carpetas, {graph.Edges.Count} dependencias entre carpetas");
        foreach (var ((from, to), references) in graph.Edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            output.WriteLine($"  {from} → {to} ({references.Count})");
        }

        var cycles = graph.Cycles();
        var found = string.Join(" | ", cycles.Select(group => string.Join(' ', group)).Order(StringComparer.Ordinal));
        Assert.True(found == listed, $"{project}: ciclos «{found}», lista «{listed}»{Environment.NewLine}{graph.Describe(cycles)}");
        Assert.True(graph.Folders.Count == 1 || graph.Edges.Count > 0, project + ": ninguna dependencia leída entre sus carpetas");
    }

    [Fact]
    public void A_cycle_through_a_method_body_or_a_parent_namespace_is_found()
    {
        var graph = FolderGraph.Read(typeof(FolderCycleTests).Assembly.Location, typeof(CycleFixture.Marker).Namespace!);

        var cycles = graph.Cycles();

        Assert.Equal([[FolderGraph.Root, "Orders", "Shipping"]], cycles);
        Assert.Contains("Orders.Order → Shipping.Shipment", graph.Edges[("Orders", "Shipping")]);
        Assert.Contains("Shipping.Shipment → Orders.Order", graph.Edges[("Shipping", "Orders")]);
        Assert.Contains("Shipping.Carrier → Marker", graph.Edges[("Shipping", FolderGraph.Root)]);
        Assert.Contains("Marker → Shipping.Carrier", graph.Edges[(FolderGraph.Root, "Shipping")]);
        Assert.Contains("Alone", graph.Folders);
    }

    [Fact]
    public void A_using_directive_is_an_edge_even_when_only_a_constant_is_used()
    {
        var root = typeof(CycleFixture.Marker).Namespace!;
        using var sources = TempDirectory.Create("folders");
        // Orders would read a constant of Alone: the compiled code keeps only the value, the using keeps the edge.
        File.WriteAllText(sources.PathOf("Order.cs"), $"using {root}.Alone;\n\nnamespace {root}.Orders;\n");
        var graph = FolderGraph.Read(typeof(FolderCycleTests).Assembly.Location, root);

        var cycles = graph.WithUsings(sources.Path, root).Cycles();

        Assert.Equal([[FolderGraph.Root, "Alone", "Orders", "Shipping"]], cycles);
        Assert.DoesNotContain(("Orders", "Alone"), graph.Edges.Keys);
    }
}
