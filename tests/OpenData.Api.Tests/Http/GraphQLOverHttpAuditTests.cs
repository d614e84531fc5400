using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Audit;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Http;

/// <summary>The official GraphQL-over-HTTP audit against the real API (IEM schema, every middleware, real Kestrel on loopback).</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [AuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes_against_the_api()
    {
        using var factory = new ApiFactory();
        await AuditedHost.AssertPassesAsync(factory, output);
    }
}
