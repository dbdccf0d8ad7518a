using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class PoisonMessageTests
{
    [Test]
    public async Task A_poison_message_lands_on_the_dead_letter_topic_and_the_partition_moves_on()
    {
        var app = await TestHost.Pool.GetAsync(Transport.Kafka);
        var admin = await app.AdminAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var probe = new KafkaProbe(TestHost.Pool.KafkaBootstrapServers);
        var orderId = 2_000_000 + Random.Shared.Next(1_000_000);
        var key = orderId.ToString(CultureInfo.InvariantCulture);
        var poisonId = Guid.NewGuid();

        // Same key, so same partition: the poison first, then a good event behind it.
        await probe.ProduceAsync("ecommerce.orders", Record(key, poisonId, typeof(OrderPlaced).FullName!, "{ this is not json"));
        var good = IntegrationMessage.For(new OrderPlaced(orderId, 1, [new OrderLine(productId, 2)]), key);
        await probe.ProduceAsync("ecommerce.orders", Record(key, good.MessageId, good.Type, good.Payload));

        await Eventually.Until(() => admin.Client.StockOfAsync(productId), stock => stock == 3, "the event behind the poison one");
        var deadLetters = probe.ReadAll(
            "ecommerce.orders.dlt",
            records => records.Count(record => string.Equals(Header(record, "message-id"), poisonId.ToString(), StringComparison.Ordinal)) >= 2);
        var poison = deadLetters.Where(record => string.Equals(Header(record, "message-id"), poisonId.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            // Both modules that read the orders topic (catalog and carts) gave up on it, each once.
            Assert.That(poison.Select(record => Header(record, "dlt-consumer")).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(2));
            Assert.That(poison.Select(record => Header(record, "dlt-error")), Has.All.Contains("JsonException"));
            Assert.That(poison.Select(record => Header(record, "dlt-original-topic")), Has.All.EqualTo("ecommerce.orders"));
            Assert.That(poison.Select(record => record.Message.Key), Has.All.EqualTo(key));
        });
    }

    private static Message<string, byte[]> Record(string key, Guid messageId, string type, string payload) => new()
    {
        Key = key,
        Value = Encoding.UTF8.GetBytes(payload),
        Headers = new Headers
        {
            { "message-id", Encoding.UTF8.GetBytes(messageId.ToString()) },
            { "message-type", Encoding.UTF8.GetBytes(type) },
            { "content-type", Encoding.UTF8.GetBytes("application/json") },
        },
    };

    private static string? Header(ConsumeResult<string, byte[]> record, string name) =>
        record.Message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
