using OpenQA.Selenium;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>
/// The explorer as a journalist uses it, in headless Chromium: search without GraphQL, record pages, page controls
/// that follow pageInfo, and a shared address that reopens the same query.
/// </summary>
public sealed class JournalistBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Page_controls_walk_example_12_forward_and_back_and_a_shared_link_reruns_the_query()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(api.Address, "/"));

        var example = browser.Wait.Until(d => d.FindElements(By.CssSelector("#examples option"))
            .FirstOrDefault(o => o.Text.StartsWith("Paginar hacia adelante", StringComparison.Ordinal)));
        example!.Click();
        driver.FindElement(By.Id("run")).Click();
        browser.WithText("#page-status", "Página 1");
        var firstPage = FirstCells(browser);
        Assert.Equal(5, firstPage.Count);
        Assert.False(driver.FindElement(By.Id("page-prev")).Enabled);

        driver.FindElement(By.Id("page-next")).Click();
        browser.WithText("#page-status", "Página 2");
        var secondPage = browser.Wait.Until(_ => FirstCells(browser) is { Count: 5 } cells && !cells.SequenceEqual(firstPage) ? cells : null)!;
        Assert.Empty(secondPage.Intersect(firstPage));
        browser.Screenshot("explorer-page-2");

        // The address follows the query and its variables: opening it again shows the same page.
        var shared = driver.Url;
        Assert.Contains("query=", shared, StringComparison.Ordinal);
        Assert.Contains("variables=", shared, StringComparison.Ordinal);

        driver.FindElement(By.Id("page-prev")).Click();
        browser.WithText("#page-status", "Página 1");
        browser.Wait.Until(_ => FirstCells(browser).SequenceEqual(firstPage));

        driver.Navigate().GoToUrl(new Uri(shared));
        var reopened = browser.Wait.Until(_ => FirstCells(browser) is { Count: 5 } cells && cells.SequenceEqual(secondPage) ? cells : null);
        Assert.NotNull(reopened);
        Assert.Contains("PaginarHaciaAdelante", driver.FindElement(By.Id("query")).GetAttribute("value"), StringComparison.Ordinal);
        browser.Screenshot("explorer-shared-link");
    }

    [ChromiumFact]
    public async Task Search_without_accents_opens_a_record_page_with_sources_and_citation()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(api.Address, "/"));

        var box = browser.Visible("#search-text");
        box.SendKeys("violencia genero");
        driver.FindElement(By.Id("search-run")).Click();
        var first = browser.Visible("#search-hits .hit-link");
        // Snippets come highlighted as <mark> elements; the <b> tags of the API never show as text.
        var marks = driver.FindElements(By.CssSelector("#search-hits .snippet mark"));
        Assert.NotEmpty(marks);
        Assert.Contains(marks, m => m.Text.Equals("género", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<b>", driver.FindElement(By.Id("search-hits")).Text, StringComparison.Ordinal);
        browser.Screenshot("explorer-search");

        var title = first.Text;
        first.Click();
        var heading = browser.Visible("#record-title");
        Assert.Equal(title, heading.Text);
        Assert.StartsWith(new Uri(api.Address, "/registros/").ToString(), driver.Url, StringComparison.Ordinal);
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#fuentes li a")));
        Assert.Contains("Libre Uso MX", driver.FindElement(By.Id("citation")).Text, StringComparison.Ordinal);
        browser.Screenshot("record-from-search");
    }

    [ChromiumFact]
    public async Task Record_page_of_the_AVGM_declaration_shows_each_competing_date_with_its_source_at_phone_width()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output, width: 390, height: 2400);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(api.Address, "/registros/history-event/avgm-declaracion-2018"));

        var conflict = browser.Wait.Until(d => d.FindElements(By.CssSelector("#discrepancias .conflict"))
            .FirstOrDefault(c => c.FindElement(By.TagName("h3")).Text == "Día de la declaratoria de la AVGM"));
        var claims = conflict!.FindElements(By.CssSelector(".claim"));
        Assert.Equal(4, claims.Count);
        var values = claims.Select(c => c.FindElement(By.CssSelector(".claim-value")).Text).ToList();
        Assert.Contains("2018-11-05", values);
        Assert.Contains("2018-11-07", values);
        Assert.All(claims, claim => Assert.NotEmpty(claim.FindElements(By.CssSelector(".sources li a"))));

        // Nothing is wider than a phone screen.
        var width = (long)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollWidth;")!;
        var viewport = (long)((IJavaScriptExecutor)driver).ExecuteScript("return window.innerWidth;")!;
        Assert.True(width <= viewport, $"The page is {width}px wide in a {viewport}px window.");
        browser.Screenshot("record-avgm-phone");
    }

    /// <summary>The first data cell of every row of the first table (the titles of example 12's sources).</summary>
    private static List<string> FirstCells(ChromiumSession browser) =>
        browser.Driver.FindElements(By.CssSelector("#table-view table tbody tr"))
            .Select(row => row.FindElements(By.TagName("td")).Select(td => td.Text).FirstOrDefault(t => t.Length > 0 && t != "ver") ?? "")
            .ToList();
}
