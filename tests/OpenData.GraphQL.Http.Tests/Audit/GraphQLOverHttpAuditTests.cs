using OpenData.GraphQL.Http.Tests.TestHost;
using OpenData.Testing.Audit;
using Xunit.Abstractions;

namespace OpenData.GraphQL.Http.Tests.Audit;

/// <summary>
/// Runs the official GraphQL-over-HTTP audit (npm graphql-http 1.23.1, tests/audit/audit.mjs) against the
/// library's test host on real Kestrel and requires every MUST and SHOULD audit to pass.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [AuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        using var factory = new TestApiFactory();
        await AuditedHost.AssertPassesAsync(factory, output);
    }
}
