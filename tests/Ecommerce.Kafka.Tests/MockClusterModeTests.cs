using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class MockClusterModeTests
{
    [Test]
    public async Task With_bootstrap_servers_set_to_mock_the_host_starts_its_own_cluster_and_orders_flow()
    {
        await using var app = new EcommerceApp(EcommerceApp.KafkaSettings("mock"));
        var customer = await app.NewCustomerAsync();
        var orderId = await customer.OrderAsync(await (await app.AdminAsync()).NewProductAsync(stock: 1));

        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        using var client = app.Anonymous();
        var ready = await (await client.GetAsync("/health/ready")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(ready.GetProperty("checks").GetProperty("kafka").GetString(), Is.EqualTo("Healthy"));
    }
}
