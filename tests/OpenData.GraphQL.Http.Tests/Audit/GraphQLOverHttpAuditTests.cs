using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.Tests.TestHost;
using Xunit.Abstractions;

namespace OpenData.GraphQL.Http.Tests.Audit;

/// <summary>
/// Runs the official GraphQL-over-HTTP audit (npm graphql-http 1.23.1, tests/audit/audit.mjs) against the
/// test host on real Kestrel and requires every MUST and SHOULD audit to pass.
/// </summary>
public sealed partial class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [AuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        using var factory = new TestApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var (exitCode, report) = await RunAuditAsync(address + "/graphql");
        output.WriteLine(report);

        var summary = SummaryLine().Matches(report).ToDictionary(
            match => match.Groups["level"].Value,
            match => (Passed: Count(match, "passed"), Failed: Count(match, "failed")));
        Assert.Equal(0, summary["MUST"].Failed);
        Assert.Equal(0, summary["SHOULD"].Failed);
        Assert.True(summary["MUST"].Passed > 0 && summary["SHOULD"].Passed > 0, report);
        Assert.Equal(0, exitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunAuditAsync(string url)
    {
        var auditFolder = Path.Combine(RepositoryRoot.Find(), "tests", "audit");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = auditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("audit.mjs");
        start.ArgumentList.Add(url);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int Count(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<level>MUST|SHOULD|MAY): (?<passed>\d+) passed, (?<failed>\d+) failed$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
