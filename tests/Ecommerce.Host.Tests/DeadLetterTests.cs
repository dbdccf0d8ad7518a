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
    });

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [TestCaseSource(nameof(Consumers))]
    public async Task A_message_a_consumer_keeps_failing_on_is_dead_lettered_once_and_then_left_alone(string type, string[] consumers)
    {
        var delivery = _app.Services.GetRequiredService<IntegrationEventConsumers>();
        var poison = new IntegrationMessage(Guid.NewGuid(), type, "1", "{ not json", null);

        var first = await delivery.DeliverAsync(poison, module: null, CancellationToken.None);
        var again = await delivery.DeliverAsync(poison, module: null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(failure => failure.Consumer), Is.EquivalentTo(consumers));
            Assert.That(first.Select(failure => failure.Error.GetType().Name), Has.All.EqualTo("JsonException"));
            Assert.That(again, Is.Empty, "a dead-lettered message counts as handled");
        });
    }
}
