using System.Net;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.Kafka.Tests;

/// <summary>
/// A consumer failure that heals within the delayed redeliveries is handled, not parked, on both transports; on Kafka the
/// record waits with its partition paused and is read again.
/// </summary>
public sealed class TieredRetryTests
{
    [TestCase(Transport.InProcess)]
    [TestCase(Transport.Kafka)]
    public async Task A_reservation_failing_past_its_immediate_tries_is_redelivered_and_handled_not_parked(Transport transport)
    {
        using var cluster = new MockKafkaCluster();
        var settings = transport == Transport.Kafka ? OutboxOnKafka.Settings(cluster.BootstrapServers) : new Dictionary<string, string?>();
        settings["Messaging:MaxDeliveryAttempts"] = "2";
        settings["Messaging:RetryDelay"] = "00:00:00.010";
        settings["Messaging:Redeliveries"] = "00:00:00.300, 00:00:00.300";
        var faults = new ConsumerFaults();
        await using var app = new EcommerceApp(settings, services => services.InjectConsumerFaults(faults));
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var thrown = faults.Throw(delivery => Deliveries.IsReservationOf(delivery, customer), times: 3);

        var orderId = await customer.OrderAsync(productId, quantity: 2);

        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        var deadLetters = await (await admin.Client.GetAsync("/admin/dead-letters")).ExpectAsync(HttpStatusCode.OK);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(thrown(), Is.EqualTo(3), "two immediate tries and the first of the first redelivery failed");
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3), "reserved once");
            Assert.That(deadLetters.EnumerateArray(), Is.Empty, "nothing parked");
        });
    }
}
