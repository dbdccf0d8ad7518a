using System.Net;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Kafka.Tests;

/// <summary>A record Kafka refuses for good (larger than the broker takes) is parked; the outbox goes on with every other key.</summary>
public sealed class OutboxPoisonOnKafkaTests
{
    [Test]
    public async Task A_record_too_large_for_kafka_is_parked_as_a_dead_letter_and_later_events_of_other_keys_go_out()
    {
        using var cluster = new MockKafkaCluster();
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        settings["Messaging:OutboxMaxAttempts"] = "2";
        await using var app = new EcommerceApp(settings);
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);

        // About 2 MB of order lines: more than a Kafka record may hold (message.max.bytes is 1 MB by default).
        var poisonKey = $"poison-{Guid.NewGuid():N}";
        await PublishAsync(app, new OrderPlaced(9_000_000, customer.Id, Enumerable.Repeat(new OrderLine(productId, 1), 60_000).ToList()), poisonKey);
        var orderId = await customer.OrderAsync(productId, quantity: 2);

        Assert.That(await customer.DecidedStatusOfAsync(orderId, TimeSpan.FromSeconds(60)), Is.EqualTo("Confirmed"), "the event behind the poison row went out");
        var poison = (await app.OutboxAsync("orders")).Single(row => row.Key == poisonKey);
        var listed = (await (await admin.Client.GetAsync("/admin/dead-letters")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(letter => letter.GetProperty("messageId").GetGuid() == poison.MessageId);
        Assert.Multiple(async () =>
        {
            Assert.That(poison.ParkedAt, Is.Not.Null);
            Assert.That(poison.SentAt, Is.Null);
            Assert.That(poison.Attempts, Is.EqualTo(2));
            Assert.That(listed.GetProperty("module").GetString(), Is.EqualTo("orders"));
            Assert.That(listed.GetProperty("consumer").GetString(), Is.EqualTo("outbox"));
            Assert.That(listed.GetProperty("error").GetString(), Does.Contain("too large").IgnoreCase);
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3));
        });
    }

    private static async Task PublishAsync(EcommerceApp app, OrderPlaced message, string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(database => database.Module == "orders");
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        db.PublishIntegrationEvent(message, key);
        await db.WriteAsync(CancellationToken.None);
    }
}
