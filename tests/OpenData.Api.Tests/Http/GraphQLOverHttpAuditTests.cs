using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Audit;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Http;

/// <summary>The official GraphQL-over-HTTP audit against the real API (IEM schema, real Kestrel on loopback).</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [AuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes_against_the_api()
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var result = await GraphQLHttpAudit.RunAsync(address + "/graphql");
        output.WriteLine(result.Report);

        result.AssertEveryMustAndShouldPassed();
    }
}
