using OpenData.Testing.Environment;

namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>A fact that needs the audit suite installed in tests/audit (run <c>npm ci</c> there, or .ci/setup-audit.sh).</summary>
public sealed class AuditFactAttribute() : ExternalFactAttribute(AbsentReason())
{
    private static string? AbsentReason() =>
        Directory.Exists(Path.Combine(RepositoryRoot.Find(), "tests", "audit", "node_modules", "graphql-http"))
            ? null
            : "tests/audit/node_modules is missing: run `npm ci` in tests/audit";
}
