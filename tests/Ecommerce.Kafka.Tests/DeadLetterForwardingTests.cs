using System.Text;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.Kafka.Tests;

/// <summary>
/// The copy of a parked record for <c>&lt;topic&gt;.dlt</c> is an outbox row written with the dead letter, so a broker that
/// is down when the consumer gives up delays it and loses nothing.
/// </summary>
public sealed class DeadLetterForwardingTests
{
    [Test]
    public async Task A_record_parked_while_the_broker_is_down_reaches_the_dead_letter_topic_once_it_is_back()
    {
        using var cluster = new FaultyKafkaCluster();
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        settings["Kafka:MessageTimeout"] = "00:00:02";
        settings["Messaging:MaxDeliveryAttempts"] = "2";
        settings["Messaging:Redeliveries"] = "";
        var faults = new ConsumerFaults();
        await using var app = new EcommerceApp(settings, services => services.InjectConsumerFaults(faults));
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var held = faults.Hold(delivery => Deliveries.IsReservationOf(delivery, customer));
        faults.Throw(delivery => Deliveries.IsReservationOf(delivery, customer));

        await customer.OrderAsync(productId);
        var delivery = await held.Reached.WaitAsync(Eventually.DefaultTimeout);
        cluster.StopAll();
        held.Fail();

        var waiting = await Eventually.Until(
            () => app.OutboxAsync("catalog"), rows => rows.Any(row => row.Destination == "ecommerce.orders.dlt" && row.Attempts >= 1), "the .dlt copy to fail");
        Assert.That(waiting.Where(row => row.Destination is not null).Select(row => row.SentAt), Has.All.Null);

        cluster.StartAll();

        await Eventually.Until(
            () => app.OutboxAsync("catalog"), rows => rows.Where(row => row.Destination is not null).All(row => row.SentAt is not null),
            "the .dlt copy to be sent", TimeSpan.FromSeconds(60));
        var messageId = delivery.Message.MessageId.ToString();
        var copies = new KafkaProbe(cluster.BootstrapServers)
            .ReadAll("ecommerce.orders.dlt", records => records.Any(record => Header(record, "message-id") == messageId))
            .Where(record => Header(record, "message-id") == messageId)
            .ToList();
        Assert.That(copies, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Header(copies[0], "dlt-consumer"), Is.EqualTo("catalog.OrderPlacedConsumer"));
            Assert.That(Header(copies[0], "dlt-error"), Does.Contain(ConsumerFaults.FaultMessage));
            Assert.That(Header(copies[0], "dlt-original-topic"), Is.EqualTo("ecommerce.orders"));
            Assert.That(Header(copies[0], "message-type"), Is.EqualTo(delivery.Message.Type));
            Assert.That(Encoding.UTF8.GetString(copies[0].Message.Value), Is.EqualTo(delivery.Message.Payload));
        });
    }

    private static string? Header(Confluent.Kafka.ConsumeResult<string, byte[]> record, string name) =>
        record.Message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
