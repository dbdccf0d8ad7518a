using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Ecommerce.EndToEnd.Tests.Swagger;

/// <summary>The Swagger UI page as a person uses it: open an operation, "Try it out", fill it in, "Execute", read the answer.</summary>
internal sealed class SwaggerUi(IWebDriver browser)
{
    // Polled every 50 ms, not Selenium's default 500 ms: the journey waits on the page some fifty times.
    private readonly WebDriverWait _wait = new(browser, TimeSpan.FromSeconds(20)) { PollingInterval = TimeSpan.FromMilliseconds(50) };

    public void Open(Uri host)
    {
        browser.Navigate().GoToUrl(new Uri(host, "/swagger"));
        _wait.Until(page => page.FindElements(By.CssSelector("h3.opblock-tag")).Count > 0);
    }

    /// <summary>The module groups (tags) the page shows.</summary>
    public IReadOnlyList<string> Groups() =>
        browser.FindElements(By.CssSelector("h3.opblock-tag")).Select(group => group.GetAttribute("data-tag") ?? "").ToList();

    /// <summary>Opens the operation <paramref name="operationId"/> of the group <paramref name="tag"/> and clicks "Try it out".</summary>
    public SwaggerOperation Operation(string tag, string operationId)
    {
        var id = $"operations-{tag}-{operationId}";
        if (browser.FindElements(By.Id(id)).Count == 0)
        {
            Click(browser.FindElement(By.Id($"operations-tag-{tag}"))); // The groups start folded.
        }

        var block = _wait.Until(page => page.FindElement(By.Id(id)));
        if (!block.GetAttribute("class")!.Contains("is-open", StringComparison.Ordinal))
        {
            Click(block.FindElement(By.CssSelector(".opblock-summary")));
        }

        var tryItOut = _wait.Until(_ => block.FindElement(By.CssSelector("button.try-out__btn")));
        if (tryItOut.Text.Contains("Try it out", StringComparison.Ordinal))
        {
            Click(tryItOut);
        }

        return new SwaggerOperation(block, _wait, Click, (field, text) => Paste(browser, field, text));
    }

    /// <summary>"Authorize" with a bearer token, as the dialog asks for it.</summary>
    public void Authorize(string token)
    {
        var dialog = OpenAuthorizeDialog();
        var logout = dialog.FindElements(By.XPath(".//button[normalize-space()='Logout']"));
        if (logout.Count > 0)
        {
            Click(logout[0]);
        }

        Paste(browser, _wait.Until(_ => dialog.FindElement(By.CssSelector("input[type='text'], input:not([type])"))), token);
        Click(dialog.FindElement(By.XPath(".//button[normalize-space()='Authorize']")));
        _wait.Until(_ => dialog.FindElements(By.XPath(".//button[normalize-space()='Logout']")).Count > 0);
        Click(dialog.FindElement(By.XPath(".//button[normalize-space()='Close']")));
        _wait.Until(page => page.FindElements(By.CssSelector(".dialog-ux")).Count == 0);
    }

    private IWebElement OpenAuthorizeDialog()
    {
        Click(browser.FindElement(By.CssSelector(".auth-wrapper button.authorize")));
        return _wait.Until(page => page.FindElement(By.CssSelector(".dialog-ux .modal-ux")));
    }

    /// <summary>A screenshot and the page's HTML, for a failed journey; returns their paths.</summary>
    public List<string> SaveEvidence(string folder)
    {
        var stem = Path.Combine(folder, $"swagger-journey-{DateTime.UtcNow:HHmmss}");
        ((ITakesScreenshot)browser).GetScreenshot().SaveAsFile($"{stem}.png");
        File.WriteAllText($"{stem}.html", browser.PageSource);
        return [$"{stem}.png", $"{stem}.html"];
    }

    // As a paste: typing key by key re-renders the whole page on every key, seconds per field on a busy machine.
    // The page's own input handler sees the change, as it would a person's.
    private static void Paste(IWebDriver browser, IWebElement field, string text) =>
        ((IJavaScriptExecutor)browser).ExecuteScript(
            """
            const [field, text] = arguments;
            Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, text);
            field.dispatchEvent(new Event('input', { bubbles: true }));
            """,
            field,
            text);

    // Scrolled into view first: a click on an element under a sticky header would land on the header.
    private void Click(IWebElement element)
    {
        ((IJavaScriptExecutor)browser).ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.Click();
    }
}

/// <summary>One opened operation of the Swagger UI.</summary>
internal sealed class SwaggerOperation(IWebElement block, WebDriverWait wait, Action<IWebElement> click, Action<IWebElement, string> paste)
{
    public SwaggerOperation Body(string json)
    {
        paste(wait.Until(_ => block.FindElement(By.CssSelector("textarea.body-param__text")) is { Enabled: true } field ? field : null), json);
        return this;
    }

    public SwaggerOperation Parameter(string name, object value)
    {
        // Typed: a few keys, into the field once "Try it out" has made it editable.
        var field = wait.Until(_ => block.FindElement(By.CssSelector($"tr[data-param-name='{name}'] input")) is { Enabled: true } input ? input : null);
        field.Click();
        field.SendKeys(Keys.Control + "a");
        field.SendKeys($"{value}");
        return this;
    }

    /// <summary>Clicks "Execute" and reads the server's answer from the response panel.</summary>
    public SwaggerAnswer Execute()
    {
        foreach (var clear in block.FindElements(By.CssSelector("button.btn-clear")))
        {
            click(clear);
        }

        wait.Until(_ => block.FindElements(By.CssSelector(".live-responses-table")).Count == 0);
        click(block.FindElement(By.CssSelector("button.execute")));
        var status = wait.Until(_ => block.FindElement(By.CssSelector(".live-responses-table tr.response .response-col_status")));
        var body = block.FindElement(By.CssSelector(".live-responses-table tr.response .response-col_description pre"));
        return new SwaggerAnswer(int.Parse(status.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture), body.GetDomProperty("textContent") ?? "");
    }
}

internal sealed record SwaggerAnswer(int Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
