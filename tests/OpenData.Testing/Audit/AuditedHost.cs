using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace OpenData.Testing.Audit;

/// <summary>The official GraphQL-over-HTTP audit against a test host on real Kestrel (loopback, a free port).</summary>
public static class AuditedHost
{
    /// <summary>
    /// Starts <paramref name="factory"/> on Kestrel, runs the audit against its <c>/graphql</c>, writes the report to
    /// <paramref name="output"/> and fails unless every MUST and SHOULD audit passed.
    /// </summary>
    public static async Task AssertPassesAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, ITestOutputHelper output)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(output);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var result = await GraphQLHttpAudit.RunAsync(address + "/graphql").ConfigureAwait(false);
        output.WriteLine(result.Report);

        result.AssertEveryMustAndShouldPassed();
    }
}
