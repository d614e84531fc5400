using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>The developer IDE (GraphiQL at /ide/) in headless Chromium: completion, inline validation, the docs, and shared links.</summary>
public sealed class IdeBrowserTests(ITestOutputHelper output)
{
    private const string Editor = ".graphiql-query-editor .monaco-editor";

    [ChromiumFact]
    public async Task Typing_completes_fields_flags_a_typo_inline_and_the_docs_open_a_type()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(api.Address, "/ide/"));
        // The docs button is there once the schema is loaded (introspection through /graphql); history beside it.
        browser.Visible(".graphiql-sidebar button[aria-label='Show Documentation Explorer']");
        browser.Visible(".graphiql-sidebar button[aria-label='Show History']");

        // A partial field name: the completion list offers the field.
        Replace(browser, "{ municipalities { nodes { nam");
        var suggestion = browser.Wait.Until(d =>
        {
            var rows = d.FindElements(By.CssSelector(".suggest-widget.visible .monaco-list-row"));
            if (rows.Count == 0)
            {
                new Actions(d).KeyDown(Keys.Control).SendKeys(" ").KeyUp(Keys.Control).Perform();
            }

            return rows.FirstOrDefault(r => r.Text.StartsWith("name", StringComparison.Ordinal));
        });
        Assert.NotNull(suggestion);
        browser.Screenshot("ide-completion");

        // A typo: the editor underlines it and its message suggests the right field.
        // (The editor closes the braces itself, as it does for a person typing.)
        Replace(browser, "{ municipalities { nodes { nmae");
        new Actions(driver).SendKeys(Keys.Escape).Perform();
        var hover = browser.Wait.Until(d =>
        {
            var squiggle = d.FindElements(By.CssSelector(".graphiql-query-editor .squiggly-error")).FirstOrDefault();
            if (squiggle is null)
            {
                return null;
            }

            new Actions(d).MoveToElement(squiggle).Perform();
            return d.FindElements(By.CssSelector(".monaco-hover")).FirstOrDefault(h => h.Displayed && h.Text.Contains("nmae", StringComparison.Ordinal));
        });
        Assert.Contains("Did you mean \"name\"", hover!.Text, StringComparison.Ordinal);
        browser.Screenshot("ide-inline-error");

        // The docs: from the root Query to a type, with its Spanish description.
        driver.FindElement(By.CssSelector(".graphiql-sidebar button[aria-label='Show Documentation Explorer']")).Click();
        browser.WithText(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name", "Query").Click();
        browser.Wait.Until(d => d.FindElements(By.CssSelector(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name"))
            .FirstOrDefault(a => a.Text == "Municipality"))!.Click();
        browser.WithText(".graphiql-doc-explorer-title", "Municipality");
        browser.WithText(".graphiql-doc-explorer-content", "Un municipio de Durango");
        browser.Screenshot("ide-docs");
    }

    [ChromiumFact]
    public async Task A_shared_ide_link_reopens_the_query_and_runs_it()
    {
        await using var api = await KestrelApi.StartAsync();
        using var browser = new ChromiumSession(output);
        var driver = browser.Driver;
        var query = "{ municipality(id: \"mun-canatlan\") { name } }";
        driver.Navigate().GoToUrl(new Uri(api.Address, "/ide/?query=" + Uri.EscapeDataString(query)));

        browser.Wait.Until(_ => EditorText(browser).Contains(query, StringComparison.Ordinal));
        browser.Visible(".graphiql-execute-button").Click();
        browser.WithText(".graphiql-response .view-lines", "Canatlán");
        Assert.Contains("query=", driver.Url, StringComparison.Ordinal);
        browser.Screenshot("ide-shared-link");
    }

    /// <summary>
    /// Replaces the query editor's text by typing, as a person would: select all, delete, then one key at a time
    /// (a burst of keys can outrun the editor on a loaded machine), and waits until the editor shows the text.
    /// </summary>
    private static void Replace(ChromiumSession browser, string text)
    {
        // Click the first line near its left end, as a pointer at that spot in the window's coordinates: an element click
        // aimed at the middle of the line's box can land on empty space that the editor's background takes, which
        // Chromium refuses as an intercepted click, and an offset from the element's centre is measured from its visible
        // centre, so on a line box wider than the window it can point outside the window (MoveTargetOutOfBounds). The
        // point is read from the line's box as the page lays it out, kept inside the editor's visible text area when the
        // line is scrolled sideways (the pointer's click there focuses the editor). A completion list left open is closed
        // first. The editor redraws its lines while it settles, so a line found a moment ago may be gone: find it again.
        new Actions(browser.Driver).SendKeys(Keys.Escape).Perform();
        browser.Wait.Until(_ =>
        {
            try
            {
                var line = browser.Visible(Editor + " .view-line");
                var point = (IReadOnlyCollection<object>)((IJavaScriptExecutor)browser.Driver).ExecuteScript(
                    "const r = arguments[0].getBoundingClientRect();" +
                    "const v = arguments[0].closest('.monaco-scrollable-element').getBoundingClientRect();" +
                    "return [Math.max(r.left, v.left, 0) + 4, r.top + r.height / 2];",
                    line)!;
                var xy = point.Select(Convert.ToDouble).ToArray();
                new Actions(browser.Driver).MoveToLocation((int)xy[0], (int)xy[1]).Click().Perform();
                return true;
            }
            catch (StaleElementReferenceException)
            {
                return false;
            }
        });
        new Actions(browser.Driver).KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control).SendKeys(Keys.Delete).Perform();
        browser.Wait.Until(_ => EditorText(browser).Trim().Length == 0);
        foreach (var key in text)
        {
            browser.Driver.SwitchTo().ActiveElement().SendKeys(key.ToString());
        }

        try
        {
            browser.Wait.Until(_ => EditorText(browser).Contains(text, StringComparison.Ordinal));
        }
        catch (WebDriverTimeoutException)
        {
            browser.Screenshot("ide-typing-failed");
            throw new Xunit.Sdk.XunitException($"The editor shows «{EditorText(browser)}» after typing «{text}».");
        }
    }

    /// <summary>The editor's rendered text (textContent: Monaco draws each token in its own span).</summary>
    private static string EditorText(ChromiumSession browser) =>
        ((string?)((IJavaScriptExecutor)browser.Driver).ExecuteScript(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", Editor + " .view-lines") ?? "").Replace('\u00a0', ' ');
}
