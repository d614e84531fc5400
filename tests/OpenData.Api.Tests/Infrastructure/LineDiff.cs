using System.Text;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>A short unified-style listing of the lines that differ between two texts, for assertion messages.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int maxLines = 60)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var removed = new HashSet<string>(left, StringComparer.Ordinal);
        var added = new HashSet<string>(right, StringComparer.Ordinal);
        var output = new StringBuilder();
        var count = 0;
        foreach (var line in left.Where(l => !added.Contains(l)))
        {
            if (count++ >= maxLines)
            {
                break;
            }

            output.Append("- ").AppendLine(line);
        }

        foreach (var line in right.Where(l => !removed.Contains(l)))
        {
            if (count++ >= maxLines)
            {
                break;
            }

            output.Append("+ ").AppendLine(line);
        }

        return output.Length == 0 ? "(the texts differ only in line order)" : output.ToString();
    }
}
