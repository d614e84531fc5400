using OpenData.Testing.Environment;

namespace OpenData.Testing.Audit;

/// <summary>A fact that needs the audit suite installed in tests/audit; skips with the reason otherwise (unless OPENDATA_REQUIRE_ALL=1).</summary>
public sealed class AuditFactAttribute() : ExternalFactAttribute(GraphQLHttpAudit.AbsentReason());
