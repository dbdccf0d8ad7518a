using System.Globalization;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// No order stays Pending: when the catalog's decision never arrives (its consumer parked the order, or the answer was
/// parked on its way back), the order is asked about again after Orders:ReservationTimeout, and after
/// Orders:ReservationAttempts asks it is Rejected with any stock it held released.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class ReservationSweepTests(Transport transport) : DedicatedHostFixture(transport)
{
    private const int Attempts = 3;
    private readonly ConsumerFaults _faults = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Long enough for an answer's two hops over the mock Kafka cluster on a busy machine, short enough for a test.
        ["Orders:ReservationTimeout"] = "00:00:03",
        ["Orders:ReservationAttempts"] = Attempts.ToString(CultureInfo.InvariantCulture),
        ["Orders:SweepInterval"] = "00:00:00.200",
        // A failing delivery is parked at once: no immediate retry, no delayed redelivery.
        ["Messaging:MaxDeliveryAttempts"] = "1",
        ["Messaging:Redeliveries"] = "",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.InjectConsumerFaults(_faults);

    [Test]
    public async Task An_order_whose_reservation_was_parked_is_asked_again_and_confirmed_taking_its_stock_once()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var parked = _faults.Throw(delivery => IsReservationOf(delivery, customer), times: 1);

        var orderId = await customer.OrderAsync(product, 2);

        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(parked(), Is.EqualTo(1), "the first reservation was parked");
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPlaced"), Is.GreaterThanOrEqualTo(2), "asked again");
            Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task A_lost_StockReserved_is_answered_again_from_the_catalogs_record_and_stock_is_taken_once()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var orderId = await PlaceLosingAnswersAsync(customer, product, times: 1);

        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await CatalogPublishedAsync(orderId, "StockReserved"), Is.GreaterThanOrEqualTo(2), "the catalog answered twice");
            Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(8), "and reserved once");
        });
    }

    [Test]
    public async Task An_order_the_catalog_never_answers_is_rejected_after_the_last_ask_and_takes_no_stock()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        _faults.Throw(delivery => IsReservationOf(delivery, customer));

        var orderId = await customer.OrderAsync(product, 2);

        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Rejected"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPlaced"), Is.EqualTo(Attempts));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderCancelled"), Is.EqualTo(1));
            Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task An_order_whose_answers_never_arrive_is_rejected_and_the_stock_the_catalog_reserved_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var orderId = await PlaceLosingAnswersAsync(customer, product, times: int.MaxValue);

        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Rejected"));
        await Admin.WaitForStockAsync(product, 10);
    }

    private static bool IsReservationOf(ConsumerDelivery delivery, TestUser customer) =>
        delivery.Module == "catalog" && delivery.Is<OrderPlaced>() && delivery.Read<OrderPlaced>().CustomerId == customer.Id;

    /// <summary>Places an order of 2 whose StockReserved answers fail in the orders module (and are parked) <paramref name="times"/> times.</summary>
    private async Task<int> PlaceLosingAnswersAsync(TestUser customer, int product, int times)
    {
        // The catalog waits until the fault knows the order's id, so that its first answer cannot slip through.
        var reservation = _faults.Hold(delivery => IsReservationOf(delivery, customer));
        var orderId = await customer.OrderAsync(product, 2);
        _faults.Throw(delivery => delivery.Module == "orders" && delivery.Is<StockReserved>() && delivery.Read<StockReserved>().OrderId == orderId, times);
        await reservation.Reached.WaitAsync(Eventually.DefaultTimeout);
        reservation.Release();
        return orderId;
    }

    private async Task<int> CatalogPublishedAsync(int orderId, string eventName) =>
        (await App.OutboxAsync("catalog")).Count(row => row.Key == orderId.ToString(CultureInfo.InvariantCulture) && row.Type.EndsWith("." + eventName, StringComparison.Ordinal));
}
