using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>An order the catalog cannot fill is Rejected and takes nothing.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class StockShortageTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Two_customers_ordering_the_last_unit_get_one_confirmed_and_one_rejected_order()
    {
        var one = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 1);
        await one.AddToCartAsync(product, 1);
        await other.AddToCartAsync(product, 1);

        var placed = await Task.WhenAll(one.PlaceOrderAsync(), other.PlaceOrderAsync());

        var statuses = await Task.WhenAll(
            one.DecidedStatusAsync(placed[0].OrderId()),
            other.DecidedStatusAsync(placed[1].OrderId()));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(statuses, Is.EquivalentTo(new[] { "Confirmed", "Rejected" }));
            Assert.That(await Admin.Client.StockOfAsync(product), Is.Zero);
        });
    }

    [Test]
    public async Task An_order_with_one_short_line_takes_none_of_its_lines()
    {
        var customer = await App.NewCustomerAsync();
        var plenty = await Admin.NewProductAsync(stock: 10);
        var scarce = await Admin.NewProductAsync(stock: 1);
        await customer.AddToCartAsync(plenty, 3);
        await customer.AddToCartAsync(scarce, 1);
        var rival = await App.NewCustomerAsync();
        await rival.ConfirmedOrderAsync(scarce);

        var orderId = await customer.OrderCartAsync();

        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Rejected"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Admin.Client.StockOfAsync(plenty), Is.EqualTo(10));
            Assert.That(await Admin.Client.StockOfAsync(scarce), Is.Zero);
        });
    }
}
