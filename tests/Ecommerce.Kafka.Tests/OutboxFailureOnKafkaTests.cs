using System.Globalization;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.Kafka.Tests;

/// <summary>
/// The outbox on Kafka when the broker stays down past <c>Kafka:MessageTimeout</c>, so that librdkafka really
/// fails the produce: nothing unacknowledged is marked sent, and everything arrives once, once the broker is back.
/// </summary>
public sealed class OutboxFailureOnKafkaTests
{
    private const string OrdersTopic = "ecommerce.orders";
    private const int Partitions = 4;

    /// <summary>A client that lost its brokers retries connecting with a growing pause (up to 10 s), and its groups rejoin.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Events_produced_while_the_broker_is_down_stay_unsent_with_the_error_and_go_out_once_it_is_back()
    {
        using var cluster = new FaultyKafkaCluster();
        await using var app = new EcommerceApp(Settings(cluster));
        var admin = await app.AdminAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var customer = await app.NewCustomerAsync();
        cluster.StopAll();

        var orderId = await customer.OrderAsync(productId, quantity: 2);

        var failing = await Eventually.Until(
            () => PlacedRowAsync(app, orderId), row => row.Attempts >= 1, "the produce to time out");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failing.SentAt, Is.Null);
            Assert.That(failing.LastError, Does.Contain("timed out"));
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(5));
        });

        cluster.StartAll();

        Assert.That(await customer.DecidedStatusOfAsync(orderId, Recovery), Is.EqualTo("Confirmed"));
        var sent = await Eventually.Until(() => PlacedRowAsync(app, orderId), row => row.SentAt is not null, "the row to be marked sent");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3), "reserved once");
            Assert.That(sent.Attempts, Is.GreaterThanOrEqualTo(1), "the failed tries stay on record");
        });
    }

    [Test]
    public async Task A_batch_cut_short_by_a_broker_that_stays_down_marks_only_the_acknowledged_prefix_sent()
    {
        using var cluster = new FaultyKafkaCluster(brokers: 2);
        cluster.CreateTopic(OrdersTopic, Partitions);
        var faults = new OutboxFaults("orders");
        await using var app = new EcommerceApp(Settings(cluster), services => services.InjectOutboxFaults(faults));
        var admin = await app.AdminAsync();
        var productId = await admin.NewProductAsync(stock: 20);

        // The orders' events wait in the outbox, to go out as one batch: placed until one falls in another partition than the first.
        faults.FailAll();
        var placed = new List<(TestUser Customer, int OrderId, int Partition)>();
        do
        {
            var customer = await app.NewCustomerAsync();
            var orderId = await customer.OrderAsync(productId);
            placed.Add((customer, orderId, await cluster.PartitionOfAsync(Key(orderId), Partitions)));
        }
        while (placed[^1].Partition == placed[0].Partition);

        // The first order's partition stays on broker 1; the last one's is on broker 2, which stays down.
        for (var partition = 0; partition < Partitions; partition++)
        {
            cluster.MoveLeader(OrdersTopic, partition, partition == placed[0].Partition ? 1 : 2);
        }

        cluster.StopBroker(2);
        faults.Recover();

        var rows = await Eventually.Until(() => app.OutboxAsync("orders"), rows => rows[^1].Attempts >= 1, "the last row's produce to time out");
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row.Key).ToArray(), Is.EqualTo(placed.Select(order => Key(order.OrderId)).ToArray()));
            Assert.That(
                rows.Select(row => row.SentAt is not null).ToArray(),
                Is.EqualTo(placed.Select((_, index) => index < placed.Count - 1).ToArray()),
                "sent: every row before the one that timed out, and no other");
            Assert.That(rows[^1].LastError, Does.Contain("timed out"));
        });

        cluster.StartBroker(2);

        var statuses = new List<string>();
        foreach (var (customer, orderId, _) in placed)
        {
            statuses.Add(await customer.DecidedStatusOfAsync(orderId, Recovery));
        }

        var probe = new KafkaProbe(cluster.BootstrapServers);
        var onTheWire = probe.ReadAll(OrdersTopic, records => records.Count >= placed.Count);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(statuses, Has.All.EqualTo("Confirmed"));
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(20 - placed.Count), "each order reserved once");
            Assert.That((await app.OutboxAsync("orders")).Select(row => row.SentAt), Has.All.Not.Null);
            Assert.That(onTheWire.Select(record => record.Message.Key), Is.EquivalentTo(placed.Select(order => Key(order.OrderId))), "each event produced once");
        });
    }

    private static IDictionary<string, string?> Settings(FaultyKafkaCluster cluster)
    {
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        settings["Kafka:MessageTimeout"] = "00:00:02";
        return settings;
    }

    private static string Key(int orderId) => orderId.ToString(CultureInfo.InvariantCulture);

    private static async Task<BuildingBlocks.Messaging.Outbox.OutboxMessage> PlacedRowAsync(EcommerceApp app, int orderId) =>
        (await app.OutboxAsync("orders")).Single(row => row.Key == Key(orderId) && row.Type.EndsWith(".OrderPlaced", StringComparison.Ordinal));
}
