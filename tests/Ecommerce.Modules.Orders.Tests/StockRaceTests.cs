using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>Many customers ordering a scarce product at once: the catalog never sells more than it has.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class StockRaceTests(Transport transport) : ApiFixture(transport)
{
    private const int Customers = 50;
    private const int Stock = 10;

    [Test]
    public async Task Fifty_concurrent_orders_for_ten_units_confirm_ten_and_reject_forty()
    {
        var product = await Admin.NewProductAsync(stock: Stock);
        var customers = await Task.WhenAll(Enumerable.Range(0, Customers).Select(async _ =>
        {
            var customer = await App.NewCustomerAsync();
            await customer.AddToCartAsync(product, 1);
            return customer;
        }));

        var placed = await Task.WhenAll(customers.Select(async customer => (Customer: customer, Order: (await customer.PlaceOrderAsync()).OrderId())));
        var decided = await Task.WhenAll(placed.Select(async order => (order.Customer, order.Order, Status: await order.Customer.DecidedStatusAsync(order.Order))));

        var confirmed = decided.Where(order => string.Equals(order.Status, "Confirmed", StringComparison.Ordinal)).ToList();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(confirmed, Has.Count.EqualTo(Stock));
            Assert.That(decided.Count(order => string.Equals(order.Status, "Rejected", StringComparison.Ordinal)), Is.EqualTo(Customers - Stock));
            Assert.That(await Admin.Client.StockOfAsync(product), Is.Zero);
        });

        var cancelled = await Task.WhenAll(confirmed.Take(4).Select(order => order.Customer.ChangeStatusAsync(order.Order, "Cancelled")));
        foreach (var response in cancelled)
        {
            await response.ExpectMessageAsync(OrderFlow.StatusUpdated);
        }

        Assert.That(await Admin.WaitForStockAsync(product, 4), Is.EqualTo(4));
    }
}
