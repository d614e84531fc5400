namespace OpenData.Api.Tests.Browser;

/// <summary>
/// Where the browser and its WebDriver are: the paths in <see cref="BrowserVariable"/> and <see cref="DriverVariable"/>
/// when set, otherwise the first of the usual executable names found on PATH (Debian's chromium and chromedriver,
/// which .ci/setup-chromium.sh installs, other distributions' chromium-browser, Google Chrome).
/// </summary>
public static class ChromiumInstallation
{
    public const string BrowserVariable = "OPENDATA_CHROMIUM";
    public const string DriverVariable = "OPENDATA_CHROMEDRIVER";

    private static readonly string[] BrowserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
    private static readonly string[] DriverNames = ["chromedriver", "chromium.chromedriver"];

    public static string? Browser { get; } = Find(BrowserVariable, BrowserNames);

    public static string? Driver { get; } = Find(DriverVariable, DriverNames);

    /// <summary>Why the browser test cannot run here, or null when both executables were found.</summary>
    public static string? AbsentReason()
    {
        var missing = new List<string>();
        if (Browser is null)
        {
            missing.Add($"a Chromium browser ({string.Join(", ", BrowserNames)} on PATH, or {BrowserVariable})");
        }

        if (Driver is null)
        {
            missing.Add($"its WebDriver ({string.Join(", ", DriverNames)} on PATH, or {DriverVariable})");
        }

        return missing.Count == 0
            ? null
            : $"Needs {string.Join(" and ", missing)}: apt-get install chromium chromium-driver, or .ci/setup-chromium.sh";
    }

    private static string? Find(string variable, string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
