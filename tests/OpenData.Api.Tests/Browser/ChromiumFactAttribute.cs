using OpenData.Testing.Environment;

namespace OpenData.Api.Tests.Browser;

/// <summary>A fact that drives headless Chromium (<see cref="ChromiumInstallation"/>); skipped (unless OPENDATA_REQUIRE_ALL=1) when the browser or its driver is not installed.</summary>
public sealed class ChromiumFactAttribute() : ExternalFactAttribute(ChromiumInstallation.AbsentReason());
