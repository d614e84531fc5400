namespace OpenData.Testing.Environment;

/// <summary>
/// OPENDATA_REQUIRE_ALL=1 (set by .ci/run) turns every "skip because X is absent" into a failure,
/// so CI runs the whole suite while a laptop with only the .NET SDK still passes.
/// </summary>
public static class RequireAll
{
    public const string Variable = "OPENDATA_REQUIRE_ALL";

    public static bool IsOn => System.Environment.GetEnvironmentVariable(Variable) is "1" or "true";
}
