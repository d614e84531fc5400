using OpenData.Testing.Files;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>The explorer in a real browser: headless Chromium opens the page the app serves on loopback and runs an example.</summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _profile = TempDirectory.Create("chromium");

    [ChromiumFact]
    public async Task Example_query_runs_and_its_table_shows_with_a_screenshot()
    {
        await using var api = await KestrelApi.StartAsync();
        using var driver = StartChromium();
        // Each part of the page fills in when its own request answers, in no fixed order: every check waits for its
        // part. The two minutes are a limit for a hung page, not a speed bound.
        var wait = new WebDriverWait(driver, TimeSpan.FromMinutes(2));

        driver.Navigate().GoToUrl(new Uri(api.Address, "/"));
        var example = wait.Until(d => d.FindElements(By.CssSelector("#examples option"))
            .FirstOrDefault(o => o.Text.StartsWith("Los municipios con Alerta", StringComparison.Ordinal)));
        example!.Click();
        driver.FindElement(By.Id("run")).Click();
        var rows = wait.Until(d => d.FindElements(By.CssSelector("#table-view table tbody tr")) is { Count: > 0 } found ? found : null);
        wait.Until(d => d.FindElements(By.CssSelector("#downloads li")).Count > 0);
        wait.Message = "the citation never showed the licence";
        var citation = wait.Until(d => d.FindElement(By.Id("citation")).Text is { } text && text.Contains("Libre Uso MX", StringComparison.Ordinal) ? text : null);

        Assert.Contains(rows!, row => row.Text.Contains("Canatlán", StringComparison.Ordinal));
        Assert.Contains("municipalities", driver.FindElement(By.Id("query")).GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("Libre Uso MX", citation, StringComparison.Ordinal);
        Assert.Contains(driver.FindElements(By.CssSelector("#downloads a")), a => a.GetAttribute("href")!.EndsWith("/export/municipalities.csv", StringComparison.Ordinal));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "explorer.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine("Screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    public void Dispose() => _profile.Dispose();

    private ChromeDriver StartChromium()
    {
        var driver = ChromiumInstallation.Driver ?? throw new InvalidOperationException(ChromiumInstallation.AbsentReason());
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumInstallation.Browser ?? throw new InvalidOperationException(ChromiumInstallation.AbsentReason()) };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1400", "--user-data-dir=" + _profile.Path);
        return new ChromeDriver(service, options, TimeSpan.FromMinutes(3));
    }
}
