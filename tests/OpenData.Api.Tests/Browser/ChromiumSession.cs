using OpenData.Testing.Files;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>
/// One headless Chromium with its own profile folder (deleted on dispose, also when the test fails), a patient wait
/// (the machine may be loaded: conditions, never fixed sleeps) and screenshots saved under the test output.
/// </summary>
public sealed class ChromiumSession : IDisposable
{
    private readonly TempDirectory _profile = TempDirectory.Create("chromium");
    private readonly ITestOutputHelper _output;

    public ChromiumSession(ITestOutputHelper output, int width = 1280, int height = 1400)
    {
        _output = output;
        var driver = ChromiumInstallation.Driver ?? throw new InvalidOperationException(ChromiumInstallation.AbsentReason());
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumInstallation.Browser ?? throw new InvalidOperationException(ChromiumInstallation.AbsentReason()) };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--window-size={width},{height}", "--user-data-dir=" + _profile.Path);
        try
        {
            Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        }
        catch
        {
            _profile.Dispose();
            throw;
        }

        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(120);
        Wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(90)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        Wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
    }

    /// <summary>Where screenshots go: under the test output (bin/…/TestResults/screenshots, ignored by git); each run overwrites its files.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public ChromeDriver Driver { get; }

    public WebDriverWait Wait { get; }

    /// <summary>Waits until the selector matches at least one displayed element and returns the first.</summary>
    public IWebElement Visible(string css) =>
        Wait.Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed))!;

    /// <summary>Waits until an element matching the selector has text containing <paramref name="text"/>.</summary>
    public IWebElement WithText(string css, string text) =>
        Wait.Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Text.Contains(text, StringComparison.Ordinal)))!;

    public string Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        _output.WriteLine("Screenshot: " + path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
            Driver.Dispose();
        }
        finally
        {
            _profile.Dispose();
        }
    }
}
