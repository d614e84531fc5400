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

    /// <summary>
    /// Fails unless the table under <paramref name="heading"/> names each of <paramref name="expected"/> exactly once and
    /// nothing else (compared with <paramref name="comparer"/>).
    /// </summary>
    public static void AssertNames(string heading, IReadOnlyCollection<string> expected, StringComparer comparer)
    {
        var documented = FirstColumn(heading);

        Assert.Empty(expected.Except(documented, comparer));
        Assert.Empty(documented.Except(expected, comparer));
        Assert.Equal(documented.Count, documented.Distinct(comparer).Count());
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|")]
    private static partial Regex Row();
}
