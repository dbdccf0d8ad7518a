using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>No hoarding: a customer holding Orders:MaxOpenOrders (20) Pending or Confirmed orders cannot place another.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class OpenOrdersLimitTests(Transport transport) : ApiFixture(transport)
{
    private const int MaxOpenOrders = 20;

    [Test]
    public async Task The_order_past_the_limit_is_refused_with_409_and_the_cart_keeps_its_lines_until_one_is_closed()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 1_000);
        var open = new List<int>();
        for (var i = 0; i < MaxOpenOrders; i++)
        {
            open.Add(await customer.OrderAsync(product, 1));
        }

        await customer.AddToCartAsync(product, 3);
        await (await customer.PostOrderAsync()).ExpectProblemAsync(HttpStatusCode.Conflict, "Too many open orders");
        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));

        await (await customer.ChangeStatusAsync(open[0], "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        var order = await customer.PlaceOrderAsync();

        Assert.That(order.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(3));
        Assert.That(await customer.OrdersAsync(), Has.Length.EqualTo(MaxOpenOrders + 1));
    }

    [Test]
    public async Task Another_customer_is_not_limited_by_someone_elses_orders()
    {
        var hoarder = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 1_000);
        for (var i = 0; i < MaxOpenOrders; i++)
        {
            await hoarder.OrderAsync(product, 1);
        }

        await other.AddToCartAsync(product, 1);

        Assert.That((await other.PlaceOrderAsync()).GetProperty("status").GetString(), Is.EqualTo("Pending"));
    }
}
