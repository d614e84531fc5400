using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Architecture;

/// <summary>
/// README's "Estructura" names the folders as they are: its first table every folder of <c>src/</c>, and the table after
/// "Dentro de `src/&lt;project&gt;`" every top-level folder of that project (first column, <c>`Folder/`</c>, several per
/// cell allowed), and nothing that does not exist.
/// </summary>
public sealed partial class StructureReadmeTests
{
    private const string Heading = "## Estructura";

    [Fact]
    public void The_structure_table_names_every_project_folder_of_src()
    {
        var projects = Folders(Path.Combine(RepositoryPaths.Root, "src")).Select(name => "src/" + name).ToList();
        var table = FirstColumns(Section().TakeWhile(line => !line.StartsWith("Dentro de", StringComparison.Ordinal)));

        Assert.Equal(projects.Order(StringComparer.Ordinal), table.Where(name => name.StartsWith("src/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("OpenData.Api")]
    [InlineData("OpenData.Domain")]
    [InlineData("OpenData.GraphQL.Data")]
    [InlineData("OpenData.GraphQL.Http")]
    public void The_table_of_a_project_names_each_of_its_folders_once(string project)
    {
        var folders = Folders(Path.Combine(RepositoryPaths.Root, "src", project)).Select(name => name + "/").ToList();
        var lines = Section().SkipWhile(line => !line.StartsWith($"Dentro de `src/{project}`", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 0, $"README's «{Heading}» has no «Dentro de `src/{project}`»");
        var table = FirstColumns(lines.Skip(1).TakeWhile(line => !line.StartsWith("Dentro de", StringComparison.Ordinal)));

        Assert.Equal(folders.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_project_without_a_table_has_no_folder()
    {
        var described = Section().Select(line => DescribedProject().Match(line)).Where(m => m.Success).Select(m => m.Groups["project"].Value).ToHashSet();
        var projects = Folders(Path.Combine(RepositoryPaths.Root, "src")).Where(name => name.StartsWith("OpenData.", StringComparison.Ordinal));

        var undescribed = projects.Where(project => !described.Contains(project) && Folders(Path.Combine(RepositoryPaths.Root, "src", project)).Count > 0).ToList();
        Assert.True(undescribed.Count == 0, "sin tabla de carpetas en README: " + string.Join(", ", undescribed));
    }

    private static List<string> Folders(string directory) =>
    [
        .. Directory.EnumerateDirectories(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
            .Where(name => Directory.EnumerateFiles(Path.Combine(directory, name), "*", SearchOption.AllDirectories).Any()),
    ];

    private static IEnumerable<string> Section() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .SkipWhile(line => line != Heading)
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal) && !line.StartsWith("### ", StringComparison.Ordinal));

    /// <summary>The backticked names of the first column of the table rows among <paramref name="lines"/>.</summary>
    private static List<string> FirstColumns(IEnumerable<string> lines) =>
    [
        .. lines
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|')[1])
            .SelectMany(cell => Backticked().Matches(cell).Select(m => m.Groups["name"].Value)),
    ];

    [GeneratedRegex("`(?<name>[^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^Dentro de `src/(?<project>[^`]+)`")]
    private static partial Regex DescribedProject();
}
