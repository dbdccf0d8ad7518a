using System.Net;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>Every integration-event consumer of every module, fed a message it cannot read.</summary>
public sealed class DeadLetterTests
{
    private static readonly object[] Consumers =
    [
        new object[] { "Ecommerce.Modules.Orders.Contracts.OrderPlaced", new[] { "carts.OrderPlacedConsumer", "catalog.OrderPlacedConsumer" } },
        new object[] { "Ecommerce.Modules.Orders.Contracts.OrderCancelled", new[] { "catalog.OrderCancelledConsumer" } },
        new object[] { "Ecommerce.Modules.Catalog.Contracts.StockReserved", new[] { "orders.StockOutcomeConsumer" } },
        new object[] { "Ecommerce.Modules.Catalog.Contracts.StockReservationFailed", new[] { "orders.StockOutcomeConsumer" } },
    ];

    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new EcommerceApp(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Messaging:MaxDeliveryAttempts"] = "3",
        ["Messaging:RetryDelay"] = "00:00:00.001",
        ["Messaging:Redeliveries"] = "00:00:00.010",
    });

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [TestCaseSource(nameof(Consumers))]
    public async Task A_message_a_consumer_keeps_failing_on_is_parked_in_its_module_and_tried_again_when_delivered_again(string type, string[] consumers)
    {
        var delivery = _app.Services.GetRequiredService<IntegrationEventConsumers>();
        var poison = new IntegrationMessage(Guid.NewGuid(), type, "1", "{ not json", null);

        var first = await delivery.DeliverAsync(poison, module: null, CancellationToken.None);
        var again = await delivery.DeliverAsync(poison, module: null, CancellationToken.None);

        var admin = await _app.AdminAsync();
        var listed = (await (await admin.Client.GetAsync("/admin/dead-letters")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(letter => letter.GetProperty("messageId").GetGuid() == poison.MessageId)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first.Select(failure => failure.Consumer), Is.EquivalentTo(consumers));
            Assert.That(first.Select(failure => failure.Error.GetType().Name), Has.All.EqualTo("JsonException"));
            Assert.That(again.Select(failure => failure.Consumer), Is.EquivalentTo(consumers), "parked is not handled: it is tried again");
            Assert.That(listed.Select(letter => letter.GetProperty("consumer").GetString()), Is.EquivalentTo(consumers), "one dead letter per consumer");
            Assert.That(listed.Select(letter => letter.GetProperty("module").GetString()), Is.EquivalentTo(consumers.Select(consumer => consumer.Split('.')[0])));
            Assert.That(listed.Select(letter => letter.GetProperty("attempts").GetInt32()), Has.All.EqualTo(12), "3 tries in each of 2 rounds, twice");
        });
    }
}
