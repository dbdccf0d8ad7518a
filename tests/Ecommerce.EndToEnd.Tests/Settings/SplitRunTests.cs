using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ecommerce.Testing;

namespace Ecommerce.EndToEnd.Tests.Settings;

/// <summary>
/// The README's split run, as a person types it: the catalog in one `dotnet run` (with the mock cluster in its process),
/// the other modules in a second one joined to that cluster. The contract holds through either process, each module's
/// data stays in the process that runs it, and the order's events cross Kafka between the processes.
/// </summary>
public sealed partial class SplitRunTests
{
    private const string SigningKey = "a-split-demo-key-of-at-least-32-bytes";

    [Test]
    public async Task The_catalog_in_one_process_and_the_rest_in_another_serve_the_contract_through_either()
    {
        using var catalogData = new TemporaryFolder();
        using var mainData = new TemporaryFolder();
        var (main, catalog) = (Loopback(), Loopback());
        await using var catalogHost = DotnetRun.Start(
            new Dictionary<string, string>
            {
                ["Modules__Enabled"] = "Catalog",
                ["Modules__Remote__Users"] = main.ToString(),
                ["Modules__Remote__Carts"] = main.ToString(),
                ["Modules__Remote__Orders"] = main.ToString(),
                ["Messaging__Transport"] = "Kafka",
                ["Kafka__BootstrapServers"] = "mock",
                ["Jwt__SigningKey"] = SigningKey,
                ["Database__DataDirectory"] = catalogData.Path,
            },
            "--urls", catalog.ToString());
        await catalogHost.WaitUntilLiveAsync(catalog);
        var brokers = MockClusterLine().Match(catalogHost.Output).Groups["brokers"].Value;
        Assert.That(brokers, Is.Not.Empty, $"the catalog host logs its mock cluster's address:\n{catalogHost.Output}");
        await using var mainHost = DotnetRun.Start(
            new Dictionary<string, string>
            {
                ["Modules__Enabled"] = "Users,Carts,Orders",
                ["Modules__Remote__Catalog"] = catalog.ToString(),
                ["Messaging__Transport"] = "Kafka",
                ["Kafka__BootstrapServers"] = brokers,
                ["Jwt__SigningKey"] = SigningKey,
                ["Database__DataDirectory"] = mainData.Path,
            },
            "--urls", main.ToString());
        await mainHost.WaitUntilLiveAsync(main);

        using var throughCatalog = new HttpClient { BaseAddress = catalog };
        using var throughMain = new HttpClient { BaseAddress = main };
        var adminToken = await LogInAsync(throughCatalog, "admin@example.com", "ChangeMe-Admin-123");
        var productId = (await SendAsync(throughMain, HttpMethod.Post, "/product", adminToken,
            new { name = "Split kettle", description = "made through the main host", price = 9.5m, stock = 4 }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await SendAsync(throughCatalog, HttpMethod.Post, "/register", null,
            new { username = "splitcustomer", email = "split@example.com", password = "Password-123" }, HttpStatusCode.Created);
        var customerToken = await LogInAsync(throughMain, "split@example.com", "Password-123");
        await SendAsync(throughCatalog, HttpMethod.Post, "/cart", customerToken, new { productId, quantity = 3 }, HttpStatusCode.OK);
        var orderId = (await SendAsync(throughMain, HttpMethod.Post, "/order", customerToken, null, HttpStatusCode.OK)).GetProperty("orderId").GetInt32();

        var status = await Eventually.Until(
            async () => (await SendAsync(throughCatalog, HttpMethod.Get, $"/order/{orderId}", customerToken, null, HttpStatusCode.OK)).GetProperty("status").GetString(),
            current => !string.Equals(current, "Pending", StringComparison.Ordinal),
            "the order to be decided by the catalog in the other process",
            TimeSpan.FromSeconds(30));
        var stock = (await SendAsync(throughMain, HttpMethod.Get, $"/product/{productId}", null, null, HttpStatusCode.OK)).GetProperty("stock").GetInt32();

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo("Confirmed"));
            Assert.That(stock, Is.EqualTo(1));
            Assert.That(DatabasesIn(catalogData.Path), Is.EquivalentTo(new[] { "catalog.db" }));
            Assert.That(DatabasesIn(mainData.Path), Is.EquivalentTo(new[] { "users.db", "carts.db", "orders.db" }));
        });
    }

    [GeneratedRegex("mock cluster at (?<brokers>[0-9.:,]+): events", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MockClusterLine();

    private static Uri Loopback() => new($"http://127.0.0.1:{FreePort.Next()}");

    private static IEnumerable<string> DatabasesIn(string folder) =>
        Directory.GetFiles(folder, "*.db").Select(Path.GetFileName)!;

    private static async Task<string> LogInAsync(HttpClient client, string email, string password) =>
        (await SendAsync(client, HttpMethod.Post, "/login", null, new { email, password }, HttpStatusCode.OK)).GetProperty("token").GetString()!;

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, string? token, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return await response.ExpectAsync(expected);
    }
}
