using System.Text;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.Kafka.Tests;

/// <summary>A host that stops while a Kafka record is being handled: the next host handles it, exactly once.</summary>
public sealed class StopMidHandlingTests
{
    [Test]
    public async Task A_record_in_flight_when_the_host_stops_is_handled_once_by_the_next_host()
    {
        using var cluster = new MockKafkaCluster();
        var probe = new KafkaProbe(cluster.BootstrapServers);
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        var database = TestDatabase.Create();
        try
        {
            var faults = new ConsumerFaults();
            var reservation = faults.Hold(delivery => delivery.Module == "catalog" && delivery.Is<OrderPlaced>());
            TestUser customer;
            int productId, orderId;
            await using (var first = new EcommerceApp(settings, services => services.InjectConsumerFaults(faults), database))
            {
                productId = await (await first.AdminAsync()).NewProductAsync(stock: 5);
                customer = await first.NewCustomerAsync();
                orderId = await customer.OrderAsync(productId, quantity: 2);

                await reservation.Reached.WaitAsync(Eventually.DefaultTimeout);
                Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
            } // Stopped with the catalog's OrderPlaced record in flight.

            var messageId = (await reservation.Reached).Message.MessageId.ToString();
            var record = probe.ReadAll("ecommerce.orders", records => records.Any(record => MessageIdOf(record) == messageId))
                .Single(record => MessageIdOf(record) == messageId);
            Assert.That(
                await probe.CommittedAsync("ecommerce.catalog", record.TopicPartition),
                Is.LessThanOrEqualTo(record.Offset.Value),
                "the offset of a record whose inbox transaction never committed is not committed either");

            await using var second = new EcommerceApp(settings, database: database);
            var admin = await second.AdminAsync();
            var status = await (await second.SignInAgainAsync(customer)).DecidedStatusOfAsync(orderId, TimeSpan.FromSeconds(60));
            await probe.CaughtUpAsync("ecommerce.catalog", "ecommerce.orders");
            await Assert.MultipleAsync(async () =>
            {
                Assert.That(status, Is.EqualTo("Confirmed"));
                Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3), "reserved once");
            });
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static string? MessageIdOf(Confluent.Kafka.ConsumeResult<string, byte[]> record) =>
        record.Message.Headers.TryGetLastBytes("message-id", out var value) ? Encoding.UTF8.GetString(value) : null;
}
