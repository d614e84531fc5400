using OpenQA.Selenium;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>The explorer in a real browser: headless Chromium opens the page the app serves on loopback and runs an example.</summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Example_query_runs_and_its_table_shows_with_a_screenshot()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output);
        var driver = browser.Driver;

        driver.Navigate().GoToUrl(new Uri(api.Address, "/"));
        var example = browser.Wait.Until(d => d.FindElements(By.CssSelector("#examples option"))
            .FirstOrDefault(o => o.Text.StartsWith("Los municipios con Alerta", StringComparison.Ordinal)));
        example!.Click();
        driver.FindElement(By.Id("run")).Click();
        var rows = browser.Wait.Until(d => d.FindElements(By.CssSelector("#table-view table tbody tr")) is { Count: > 0 } found ? found : null);
        browser.Wait.Until(d => d.FindElements(By.CssSelector("#downloads li")).Count > 0);
        // Each part of the page fills in when its own request answers, in no fixed order: every check waits for its part.
        browser.Wait.Message = "the citation never showed the licence";
        var citation = browser.Wait.Until(d => d.FindElement(By.Id("citation")).Text is { } text && text.Contains("Libre Uso MX", StringComparison.Ordinal) ? text : null);
        browser.Wait.Message = string.Empty;

        Assert.Contains(rows!, row => row.Text.Contains("Canatlán", StringComparison.Ordinal));
        Assert.Contains("municipalities", driver.FindElement(By.Id("query")).GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("Libre Uso MX", citation, StringComparison.Ordinal);
        Assert.Contains(driver.FindElements(By.CssSelector("#downloads a")), a => a.GetAttribute("href")!.EndsWith("/export/municipalities.csv", StringComparison.Ordinal));
        // The Excel-friendly variant of each CSV download is offered beside it.
        Assert.Contains(driver.FindElements(By.CssSelector("#downloads a.excel")), a => a.GetAttribute("href")!.EndsWith("/export/municipalities.csv?bom=1", StringComparison.Ordinal));
        // The table's CSV is named after the example and the list, not "consulta.csv".
        Assert.Equal("09-municipios-con-alerta-municipalities.csv", driver.FindElement(By.CssSelector(".download-table")).GetAttribute("data-file"));

        var screenshot = browser.Screenshot("explorer");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
