using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Testing.Audit;

/// <summary>
/// Runs the official GraphQL-over-HTTP audit (npm graphql-http, pinned in tests/audit) against a URL and
/// reads its summary lines ("MUST: 40 passed, 0 failed").
/// </summary>
public static partial class GraphQLHttpAudit
{
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "audit");

    /// <summary>Why the audit cannot run here, or null when tests/audit/node_modules is installed.</summary>
    public static string? AbsentReason() =>
        Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-http"))
            ? null
            : "tests/audit/node_modules is missing: run `npm ci` in tests/audit (.ci/setup-audit.sh does)";

    public static async Task<AuditResult> RunAsync(string url)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("audit.mjs");
        start.ArgumentList.Add(url);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        var report = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        var summary = SummaryLine().Matches(report).ToDictionary(
            match => match.Groups["level"].Value,
            match => (Passed: Count(match, "passed"), Failed: Count(match, "failed")),
            StringComparer.Ordinal);
        return new AuditResult(process.ExitCode, report, summary);
    }

    private static int Count(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenData.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(?<level>MUST|SHOULD|MAY): (?<passed>\d+) passed, (?<failed>\d+) failed$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}

/// <summary>The audit's exit code, full report and per-level counts.</summary>
public sealed record AuditResult(int ExitCode, string Report, IReadOnlyDictionary<string, (int Passed, int Failed)> Summary)
{
    /// <summary>Fails the test unless every MUST and SHOULD audit ran and passed.</summary>
    public void AssertEveryMustAndShouldPassed()
    {
        Xunit.Assert.True(Summary.ContainsKey("MUST") && Summary.ContainsKey("SHOULD"), Report);
        Xunit.Assert.Equal(0, Summary["MUST"].Failed);
        Xunit.Assert.Equal(0, Summary["SHOULD"].Failed);
        Xunit.Assert.True(Summary["MUST"].Passed > 0 && Summary["SHOULD"].Passed > 0, Report);
        Xunit.Assert.Equal(0, ExitCode);
    }
}
