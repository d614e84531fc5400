using OpenData.Testing.Environment;

namespace OpenData.Api.Tests.Browser;

/// <summary>A fact that drives Debian's headless Chromium; skipped (unless OPENDATA_REQUIRE_ALL=1) when the browser or its driver is not installed.</summary>
public sealed class ChromiumFactAttribute() : ExternalFactAttribute(AbsentReason())
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private static string? AbsentReason() =>
        File.Exists(Browser) && File.Exists(Driver)
            ? null
            : $"Needs {Browser} and {Driver} (apt-get install chromium chromium-driver, or .ci/setup-chromium.sh)";
}
