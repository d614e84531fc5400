using System.Text.RegularExpressions;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>The first column (a name in backticks) of the table under one heading of the repository's README.md.</summary>
public static partial class ReadmeTable
{
    /// <summary>
    /// The backticked names in the first column of the rows under <paramref name="heading"/> (the whole heading line,
    /// for example "### Códigos de error"), up to the next heading.
    /// </summary>
    public static IReadOnlyList<string> FirstColumn(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"README.md has no heading «{heading}»");
        return
        [
            .. lines.Skip(start + 1)
                .TakeWhile(line => !line.StartsWith('#'))
                .Select(line => Row().Match(line))
                .Where(match => match.Success)
                .Select(match => match.Groups["name"].Value),
        ];
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|")]
    private static partial Regex Row();
}
