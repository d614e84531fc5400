using OpenData.Testing.Environment;
using Xunit;

namespace OpenData.Testing.Postgres;

/// <summary>
/// A theory that needs the PostgreSQL test server; skips with the reason when none answers, unless
/// OPENDATA_REQUIRE_ALL=1 (then it runs and fails on its own), like <see cref="PostgresFactAttribute"/>.
/// </summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = RequireAll.SkipReason(PostgresTestServer.AbsentReason());
}
