using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// The orders module's StockReserved / StockReservationFailed consumer, fed directly: a redelivered message
/// has no second effect, and a decided order is not decided again.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class StockOutcomeConsumerTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task StockReserved_delivered_twice_confirms_the_order_once()
    {
        var (customer, orderId) = await PendingOrderAsync();
        var reserved = Message(new StockReserved(orderId), orderId);

        await DeliverAsync(reserved);
        await DeliverAsync(reserved);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
            Assert.That(await App.InboxCountAsync(reserved.MessageId), Is.EqualTo(1), "the redelivery was recognised by the inbox");
        });
    }

    [Test]
    public async Task StockReservationFailed_after_StockReserved_leaves_the_order_confirmed()
    {
        var (customer, orderId) = await PendingOrderAsync();

        await DeliverAsync(Message(new StockReserved(orderId), orderId));
        await DeliverAsync(Message(new StockReservationFailed(orderId, ProductId: 1), orderId));

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task StockReservationFailed_delivered_twice_rejects_the_order_once()
    {
        var (customer, orderId) = await PendingOrderAsync();
        var failed = Message(new StockReservationFailed(orderId, ProductId: 1), orderId);

        await DeliverAsync(failed);
        await DeliverAsync(failed);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Rejected"));
            Assert.That(await App.InboxCountAsync(failed.MessageId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task StockReserved_for_an_order_cancelled_meanwhile_leaves_it_cancelled()
    {
        var (customer, orderId) = await PendingOrderAsync();
        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        await DeliverAsync(Message(new StockReserved(orderId), orderId));

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
    }

    private async Task<(TestUser Customer, int OrderId)> PendingOrderAsync()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await App.InsertPendingOrderAsync(customer.Id, await Admin.NewProductAsync(stock: 5));
        return (customer, orderId);
    }

    private static IntegrationMessage Message(object message, int orderId) =>
        IntegrationMessage.For(message, orderId.ToString(CultureInfo.InvariantCulture));

    private async Task DeliverAsync(IntegrationMessage message)
    {
        var deadLettered = await App.Services.GetRequiredService<IntegrationEventConsumers>().DeliverAsync(message, module: null, CancellationToken.None);
        Assert.That(deadLettered, Is.Empty);
    }
}
