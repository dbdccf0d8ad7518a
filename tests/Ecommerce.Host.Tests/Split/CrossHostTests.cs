using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests.Split;

/// <summary>
/// Two hosts, the catalog apart, joined only by HTTP and Kafka: what is written through one host is read through the
/// other, and an order placed through one is decided by the catalog on the other and read back through either.
/// </summary>
public sealed class CrossHostTests
{
    private SplitDeployment _split = null!;

    private EcommerceApp A => _split.FrontDoor;

    private EcommerceApp B => _split.Apart;

    [OneTimeSetUp]
    public void Start() => _split = SplitDeployment.Start(["Catalog"]);

    [OneTimeTearDown]
    public async Task Stop() => await _split.DisposeAsync();

    [Test]
    public async Task A_user_registered_through_one_host_logs_in_through_the_other()
    {
        var customer = await A.NewCustomerAsync();

        var token = await B.LoginAsync(customer.Email, customer.Password);
        using var client = B.WithToken(token);
        var validated = await (await client.GetAsync("/validate")).ExpectAsync(HttpStatusCode.OK);

        Assert.That(validated.GetProperty("user").GetProperty("id").GetInt32(), Is.EqualTo(customer.Id));
    }

    [Test]
    public async Task A_product_made_through_the_catalog_host_is_sold_through_the_other_and_the_order_is_confirmed_through_both()
    {
        var adminOnB = await B.AdminAsync();
        var product = await adminOnB.NewProductAsync(stock: 5, price: 4m);
        var customer = await A.NewCustomerAsync();

        var orderId = await customer.OrderAsync(product, quantity: 2);

        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        var customerOnB = await B.SignInAgainAsync(customer);
        var order = await (await customerOnB.Client.GetAsync($"/order/{orderId}")).ExpectAsync(HttpStatusCode.OK);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(8m));
            Assert.That(await customer.Client.StockOfAsync(product), Is.EqualTo(3), "the catalog on B reserved, read through A");
        });
    }

    [Test]
    public void Each_host_has_the_databases_of_its_own_modules_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DatabasesOf(A), Is.EquivalentTo(new[] { "users", "carts", "orders" }));
            Assert.That(DatabasesOf(B), Is.EquivalentTo(new[] { "catalog" }));
        });
    }

    [Test]
    public async Task Each_host_consumes_and_reports_readiness_for_its_own_modules_only()
    {
        var readyA = await (await A.Anonymous().GetAsync("/health/ready")).ExpectAsync(HttpStatusCode.OK);
        var readyB = await (await B.Anonymous().GetAsync("/health/ready")).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(ConsumingModulesOf(A), Is.EquivalentTo(new[] { "carts", "orders" }));
            Assert.That(ConsumingModulesOf(B), Is.EquivalentTo(new[] { "catalog" }));
            Assert.That(ChecksOf(readyA), Is.EquivalentTo(new[] { "users-database", "carts-database", "orders-database", "kafka", "kafka-consumers" }));
            Assert.That(ChecksOf(readyB), Is.EquivalentTo(new[] { "catalog-database", "kafka", "kafka-consumers" }));
        });
    }

    private static IEnumerable<string> ConsumingModulesOf(EcommerceApp app) =>
        app.Services.GetRequiredService<IntegrationEventConsumers>().All.Select(consumer => consumer.Module).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> ChecksOf(System.Text.Json.JsonElement ready) => ready.GetProperty("checks").EnumerateObject().Select(check => check.Name);

    private static IEnumerable<string> DatabasesOf(EcommerceApp app) =>
        app.Services.GetServices<ModuleDatabase>().Select(database => database.Module);

    [Test]
    public async Task A_cart_on_one_host_checks_products_on_the_other_and_a_missing_product_is_still_404()
    {
        var customer = await A.NewCustomerAsync();

        var response = await customer.Client.PostAsJsonAsync("/cart", new { productId = int.MaxValue - 1, quantity = 1 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await response.Content.ReadAsStringAsync());
    }
}
