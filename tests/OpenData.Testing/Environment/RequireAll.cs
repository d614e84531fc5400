namespace OpenData.Testing.Environment;

/// <summary>
/// OPENDATA_REQUIRE_ALL=1 (set by .ci/run) turns every "skip because X is absent" into a failure,
/// so CI runs the whole suite while a laptop with only the .NET SDK still passes.
/// </summary>
public static class RequireAll
{
    public const string Variable = "OPENDATA_REQUIRE_ALL";

    public static bool IsOn => System.Environment.GetEnvironmentVariable(Variable) is "1" or "true";

    /// <summary>
    /// The skip text of a test whose external dependency is absent (<paramref name="absentReason"/> not null), or null
    /// when it is present or when <see cref="IsOn"/> (then the test runs and fails on its own).
    /// </summary>
    public static string? SkipReason(string? absentReason) =>
        absentReason is not null && !IsOn ? $"{absentReason} (set {Variable}=1 to fail instead of skipping)" : null;
}
