using OpenData.Testing.Environment;

namespace OpenData.Testing.Postgres;

/// <summary>A fact that needs the PostgreSQL test server; skips with the reason when none answers (unless OPENDATA_REQUIRE_ALL=1).</summary>
public sealed class PostgresFactAttribute() : ExternalFactAttribute(PostgresTestServer.AbsentReason());
