using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class BrokerOutageTests
{
    private const int Customers = 20;
    private const int OrdersEach = 5;
    private const int Stock = 60;

    [Test]
    public async Task Orders_placed_while_the_broker_is_down_are_all_answered_and_decided_once_it_is_back()
    {
        using var cluster = new MockKafkaCluster();
        var port = TcpForwarder.FreePort();
        await using var app = new EcommerceApp(OutboxOnKafka.Settings($"127.0.0.1:{port}"));
        var admin = await app.AdminAsync();
        var productId = await admin.NewProductAsync(Stock);
        var customers = await Task.WhenAll(Enumerable.Range(0, Customers).Select(_ => app.NewCustomerAsync()));

        var orders = (await Task.WhenAll(customers.Select(async customer =>
        {
            var ids = new List<(TestUser Customer, int OrderId)>();
            for (var i = 0; i < OrdersEach; i++)
            {
                ids.Add((customer, await PlaceOneAsync(customer, productId)));
            }

            return ids;
        }))).SelectMany(ids => ids).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That(orders, Has.Count.EqualTo(Customers * OrdersEach), "every order was answered");
            Assert.That(await app.UnsentOrderEventsAsync(), Is.EqualTo(Customers * OrdersEach), "the events wait in the outbox");
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(Stock), "nothing reserved without the broker");
        });

        await using var broker = new TcpForwarder(port, cluster.BootstrapServers.Split(',')[0]);
        broker.Start();

        var statuses = await Task.WhenAll(orders.Select(order =>
            order.Customer.DecidedStatusOfAsync(order.OrderId, TimeSpan.FromSeconds(120))));
        var confirmed = statuses.Count(status => string.Equals(status, "Confirmed", StringComparison.Ordinal));
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Has.All.AnyOf("Confirmed", "Rejected"));
            Assert.That(confirmed, Is.EqualTo(Stock));
            Assert.That(await admin.Client.StockOfAsync(productId), Is.Zero);
            Assert.That(await app.UnsentOrderEventsAsync(), Is.Zero);
        });
    }

    private static async Task<int> PlaceOneAsync(TestUser customer, int productId)
    {
        await (await customer.Client.PostAsJsonAsync("/cart", new { productId, quantity = 1 })).ExpectAsync(HttpStatusCode.OK);
        var order = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);
        // The ordered line left the cart before the answer, broker or not: the next order starts from an empty cart.
        var cart = await (await customer.Client.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(cart.GetProperty("items").GetArrayLength(), Is.Zero);
        return order.GetProperty("orderId").GetInt32();
    }
}
