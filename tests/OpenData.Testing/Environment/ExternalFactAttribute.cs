using Xunit;

namespace OpenData.Testing.Environment;

/// <summary>
/// A fact that needs something outside the .NET SDK (a PostgreSQL server, a browser). When the probe
/// says it is absent the test is skipped with the probe's reason, unless OPENDATA_REQUIRE_ALL=1, in
/// which case it runs and fails on its own.
/// </summary>
public abstract class ExternalFactAttribute : FactAttribute
{
    protected ExternalFactAttribute(string? absentReason) => Skip = RequireAll.SkipReason(absentReason);
}
