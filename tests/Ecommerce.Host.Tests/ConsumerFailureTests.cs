using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>A module's consumer failing on one order's event: retried, then parked, and never applied twice.</summary>
public sealed class ConsumerFailureTests
{
    private readonly ConsumerFaults _faults = new();
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new EcommerceApp(
        new Dictionary<string, string?> { ["Messaging:MaxDeliveryAttempts"] = "3", ["Messaging:RetryDelay"] = "00:00:00.010" },
        services => services.InjectConsumerFaults(_faults));

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task A_reservation_that_fails_twice_is_retried_and_takes_the_stock_once()
    {
        var admin = await _app.AdminAsync();
        var customer = await _app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var thrown = _faults.Throw(delivery => IsReservationOf(delivery, customer), times: 2);

        var orderId = await customer.OrderAsync(productId, quantity: 2);

        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(thrown(), Is.EqualTo(2), "the reservation failed twice before it held");
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task A_reservation_that_keeps_failing_is_parked_and_the_next_order_goes_through()
    {
        var admin = await _app.AdminAsync();
        var stuck = await _app.NewCustomerAsync();
        var next = await _app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        _faults.Throw(delivery => IsReservationOf(delivery, stuck));

        var stuckOrder = await stuck.OrderAsync(productId, quantity: 2);
        var nextOrder = await next.OrderAsync(productId, quantity: 1);

        Assert.That(await next.DecidedStatusOfAsync(nextOrder), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await stuck.StatusOfAsync(stuckOrder), Is.EqualTo("Pending"), "its reservation was never made");
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(4), "only the next order took stock");
        });
    }

    [Test]
    public async Task One_event_delivered_twice_at_once_to_a_slow_consumer_reserves_once()
    {
        var admin = await _app.AdminAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        var orderId = 3_000_000 + Random.Shared.Next(1_000_000); // no real order of this host has such an id
        var placed = IntegrationMessage.For(
            new OrderPlaced(orderId, orderId, [new OrderLine(productId, 2)]), orderId.ToString(CultureInfo.InvariantCulture));
        // Both deliveries find the message unrecorded, then meet in the consumer's transaction.
        _faults.Slow(delivery => delivery.Message.MessageId == placed.MessageId, TimeSpan.FromMilliseconds(200));
        var consumers = _app.Services.GetRequiredService<IntegrationEventConsumers>();

        var deliveries = await Task.WhenAll(
            consumers.DeliverAsync(placed, "catalog", CancellationToken.None),
            consumers.DeliverAsync(placed, "catalog", CancellationToken.None));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(deliveries.SelectMany(deadLettered => deadLettered), Is.Empty);
            Assert.That(await admin.Client.StockOfAsync(productId), Is.EqualTo(3));
        });
    }

    /// <summary>The catalog's handling of an order the customer placed: where its stock gets reserved.</summary>
    private static bool IsReservationOf(ConsumerDelivery delivery, TestUser customer) =>
        delivery.Module == "catalog" && delivery.Is<OrderPlaced>() && delivery.Read<OrderPlaced>().CustomerId == customer.Id;
}
