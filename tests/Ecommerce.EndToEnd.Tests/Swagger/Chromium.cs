using OpenQA.Selenium.Chrome;

namespace Ecommerce.EndToEnd.Tests.Swagger;

/// <summary>
/// Debian's headless Chromium driven through its ChromeDriver (packages chromium and chromium-driver). Without them the
/// browser tests are ignored with a message, unless ECOMMERCE_REQUIRE_BROWSER=1 (as in CI) makes that a failure.
/// </summary>
internal static class Chromium
{
    public const string RequireVariable = "ECOMMERCE_REQUIRE_BROWSER";

    private static readonly string[] BrowserNames = ["chromium", "chromium-browser", "google-chrome"];

    public static ChromeDriver Start(string profileFolder)
    {
        var browser = BrowserNames.Select(Find).FirstOrDefault(path => path is not null);
        var driver = Find("chromedriver");
        if (browser is null || driver is null)
        {
            var missing = $"No headless browser here (chromium: {browser ?? "missing"}, chromedriver: {driver ?? "missing"}). "
                + "Install Debian's chromium and chromium-driver packages to run the Swagger UI journey.";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail($"{missing} {RequireVariable}=1 requires them.");
            }

            Assert.Ignore(missing);
        }

        var options = new ChromeOptions { BinaryLocation = browser };
        // A closed network: nothing may try to reach the outside, or Chromium stalls on refused connections.
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,1000", $"--user-data-dir={profileFolder}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
