using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.Tests.TestHost;
using OpenData.Testing.Audit;
using Xunit.Abstractions;

namespace OpenData.GraphQL.Http.Tests.Audit;

/// <summary>
/// Runs the official GraphQL-over-HTTP audit (npm graphql-http 1.23.1, tests/audit/audit.mjs) against the
/// test host on real Kestrel and requires every MUST and SHOULD audit to pass.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [AuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        using var factory = new TestApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var result = await GraphQLHttpAudit.RunAsync(address + "/graphql");
        output.WriteLine(result.Report);

        result.AssertEveryMustAndShouldPassed();
    }
}
