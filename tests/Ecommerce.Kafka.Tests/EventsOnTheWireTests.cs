using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class EventsOnTheWireTests
{
    [Test]
    public async Task An_orders_events_are_on_the_orders_topic_keyed_by_its_id_in_order()
    {
        var app = await TestHost.Pool.GetAsync(Transport.Kafka);
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var orderId = await customer.OrderAsync(productId, quantity: 2);
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        await (await customer.Client.PostAsync($"/orders/{orderId}/checkout", null)).ExpectAsync(HttpStatusCode.OK);
        await (await admin.Client.PatchAsJsonAsync($"/order/{orderId}", new { status = "Cancelled" })).ExpectAsync(HttpStatusCode.OK);

        var key = orderId.ToString(CultureInfo.InvariantCulture);
        var probe = new KafkaProbe(TestHost.Pool.KafkaBootstrapServers);
        var records = probe.ReadAll("ecommerce.orders", records => records.Count(record => string.Equals(record.Message.Key, key, StringComparison.Ordinal)) >= 3)
            .Where(record => string.Equals(record.Message.Key, key, StringComparison.Ordinal))
            .ToList();

        var types = records.Select(record => Header(record.Message, "message-type")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(types, Is.EqualTo(new[]
            {
                "Ecommerce.Modules.Orders.Contracts.OrderPlaced",
                "Ecommerce.Modules.Orders.Contracts.OrderPaid",
                "Ecommerce.Modules.Orders.Contracts.OrderCancelled",
            }));
            Assert.That(records.Select(record => record.Partition).Distinct().Count(), Is.EqualTo(1), "one key, one partition");
            Assert.That(records.Select(record => Header(record.Message, "content-type")), Has.All.EqualTo("application/json"));
            Assert.That(records.Select(record => Guid.TryParse(Header(record.Message, "message-id"), out _)), Has.All.True);
            Assert.That(records.Select(record => Header(record.Message, "correlation-id")), Has.All.Not.Null);
        });
        using var placed = JsonDocument.Parse(records[0].Message.Value);
        Assert.That(placed.RootElement.GetProperty("orderId").GetInt32(), Is.EqualTo(orderId));
    }

    [Test]
    public async Task The_catalogs_answer_travels_on_its_own_topic_keyed_by_the_order_id()
    {
        var app = await TestHost.Pool.GetAsync(Transport.Kafka);
        var customer = await app.NewCustomerAsync();
        var productId = await (await app.AdminAsync()).NewProductAsync(stock: 1);
        var orderId = await customer.OrderAsync(productId);
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));

        var key = orderId.ToString(CultureInfo.InvariantCulture);
        var records = new KafkaProbe(TestHost.Pool.KafkaBootstrapServers)
            .ReadAll("ecommerce.catalog", records => records.Any(record => string.Equals(record.Message.Key, key, StringComparison.Ordinal)));

        Assert.That(
            records.Where(record => string.Equals(record.Message.Key, key, StringComparison.Ordinal)).Select(record => Header(record.Message, "message-type")),
            Is.EqualTo(new[] { "Ecommerce.Modules.Catalog.Contracts.StockReserved" }));
    }

    private static string? Header(Confluent.Kafka.Message<string, byte[]> message, string name) =>
        message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
