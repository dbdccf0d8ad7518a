using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>
/// The catalog's OrderPlaced and OrderCancelled consumers, fed directly: stock is reserved all-or-none and
/// at most once per order, released at most once, and a cancellation that overtakes its order wins.
/// Order ids are far above any real order of the test host, and every test uses its own products.
/// </summary>
public sealed class StockConsumerTests
{
    private TestUser _admin = null!;

    [OneTimeSetUp]
    public async Task SignInAsync() => _admin = await TestHost.App.AdminAsync();

    [Test]
    public async Task OrderPlaced_delivered_twice_takes_the_stock_once()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();
        var placed = Message(new OrderPlaced(orderId, orderId, [new OrderLine(product, 3)]), orderId);

        await DeliverAsync(placed);
        await DeliverAsync(placed);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(7));
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Has.Count.EqualTo(1));
            Assert.That(await PublishedAsync(orderId, "StockReservationFailed"), Is.Empty);
        });
    }

    [Test]
    public async Task OrderPlaced_sent_again_as_a_new_message_takes_the_stock_once_and_answers_again()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();
        var order = new OrderPlaced(orderId, orderId, [new OrderLine(product, 3)]);

        await DeliverAsync(Message(order, orderId));
        await DeliverAsync(Message(order, orderId)); // the orders module asking again: it heard no answer

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(7));
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Has.Count.EqualTo(2), "the recorded decision, sent again");
            Assert.That(await PublishedAsync(orderId, "StockReservationFailed"), Is.Empty);
        });
    }

    [Test]
    public async Task A_failed_reservation_asked_again_answers_failed_again_with_the_same_product_and_reserves_nothing()
    {
        var plenty = await _admin.NewProductAsync(stock: 5);
        var scarce = await _admin.NewProductAsync(stock: 1);
        var orderId = NewOrderId();
        var order = new OrderPlaced(orderId, orderId, [new OrderLine(plenty, 2), new OrderLine(scarce, 3)]);
        await DeliverAsync(Message(order, orderId));
        await (await _admin.Client.PatchAsJsonAsync($"/product/{scarce}", new { stock = 10 })).ExpectAsync(System.Net.HttpStatusCode.OK);

        await DeliverAsync(Message(order, orderId)); // now it would fit: the decision stands all the same

        var failed = await PublishedAsync(orderId, "StockReservationFailed");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failed, Has.Count.EqualTo(2));
            Assert.That(failed.Select(row => JsonDocument.Parse(row.Payload).RootElement.GetProperty("productId").GetInt32()), Has.All.EqualTo(scarce));
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Is.Empty);
            Assert.That(await _admin.Client.StockOfAsync(plenty), Is.EqualTo(5));
            Assert.That(await _admin.Client.StockOfAsync(scarce), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task An_order_cancelled_before_it_was_placed_gets_no_answer_when_asked_again()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();
        await DeliverAsync(Message(new OrderCancelled(orderId, orderId), orderId));
        var order = new OrderPlaced(orderId, orderId, [new OrderLine(product, 3)]);

        await DeliverAsync(Message(order, orderId));
        await DeliverAsync(Message(order, orderId));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Is.Empty);
            Assert.That(await PublishedAsync(orderId, "StockReservationFailed"), Is.Empty);
            Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task OrderCancelled_delivered_twice_gives_the_stock_back_once()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();
        await DeliverAsync(Message(new OrderPlaced(orderId, orderId, [new OrderLine(product, 4)]), orderId));
        Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(6));
        var cancelled = Message(new OrderCancelled(orderId, orderId), orderId);

        await DeliverAsync(cancelled);
        await DeliverAsync(cancelled);

        Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(10));
    }

    [Test]
    public async Task A_second_cancellation_of_one_order_as_a_new_message_gives_back_nothing_more()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();
        await DeliverAsync(Message(new OrderPlaced(orderId, orderId, [new OrderLine(product, 4)]), orderId));
        await DeliverAsync(Message(new OrderCancelled(orderId, orderId), orderId));
        Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(10));

        // A new message id: the inbox lets it through, and only the reservation's state can stop a second release.
        await DeliverAsync(Message(new OrderCancelled(orderId, orderId), orderId));

        Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(10));
    }

    [Test]
    public async Task OrderCancelled_arriving_before_OrderPlaced_means_no_stock_is_ever_taken()
    {
        var product = await _admin.NewProductAsync(stock: 10);
        var orderId = NewOrderId();

        await DeliverAsync(Message(new OrderCancelled(orderId, orderId), orderId));
        await DeliverAsync(Message(new OrderPlaced(orderId, orderId, [new OrderLine(product, 4)]), orderId));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await _admin.Client.StockOfAsync(product), Is.EqualTo(10));
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Is.Empty);
        });
    }

    [Test]
    public async Task OrderPlaced_with_a_short_line_reserves_nothing_and_publishes_StockReservationFailed()
    {
        var plenty = await _admin.NewProductAsync(stock: 5);
        var scarce = await _admin.NewProductAsync(stock: 1);
        var orderId = NewOrderId();

        await DeliverAsync(Message(new OrderPlaced(orderId, orderId, [new OrderLine(plenty, 2), new OrderLine(scarce, 3)]), orderId));

        var failed = await PublishedAsync(orderId, "StockReservationFailed");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await _admin.Client.StockOfAsync(plenty), Is.EqualTo(5), "the line that fitted was given back");
            Assert.That(await _admin.Client.StockOfAsync(scarce), Is.EqualTo(1));
            Assert.That(failed, Has.Count.EqualTo(1));
            Assert.That(await PublishedAsync(orderId, "StockReserved"), Is.Empty);
        });
        using var payload = JsonDocument.Parse(failed[0].Payload);
        Assert.That(payload.RootElement.GetProperty("productId").GetInt32(), Is.EqualTo(scarce));
    }

    /// <summary>An order id no real order of the test host can have.</summary>
    private static int NewOrderId() => 1_000_000 + Random.Shared.Next(1_000_000_000);

    private static IntegrationMessage Message(object message, int orderId) =>
        IntegrationMessage.For(message, orderId.ToString(CultureInfo.InvariantCulture));

    private static async Task DeliverAsync(IntegrationMessage message)
    {
        var consumers = TestHost.App.Services.GetRequiredService<IntegrationEventConsumers>();
        var deadLettered = await consumers.DeliverAsync(message, module: "catalog", CancellationToken.None);
        Assert.That(deadLettered, Is.Empty);
    }

    /// <summary>The catalog's outbox rows about the order whose type is the named event.</summary>
    private static async Task<List<OutboxMessage>> PublishedAsync(int orderId, string eventName)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var key = orderId.ToString(CultureInfo.InvariantCulture);
        var suffix = "." + eventName;
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(row => row.Key == key && row.Type.EndsWith(suffix))
            .ToListAsync();
    }
}
