using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>GET /orders: a customer's own orders, an admin's view of everyone's, newest first.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class ListOrdersTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task A_new_customer_has_no_orders()
    {
        var customer = await App.NewCustomerAsync();

        Assert.That(await customer.OrdersAsync(), Is.Empty);
    }

    [Test]
    public async Task A_customer_sees_only_their_own_orders_newest_first()
    {
        var me = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 50);
        var first = await me.OrderAsync(product, 1);
        var theirs = await other.OrderAsync(product, 1);
        var second = await me.OrderAsync(product, 2);

        var orders = await me.OrdersAsync();

        Assert.Multiple(() =>
        {
            Assert.That(orders.Select(order => order.OrderId()), Is.EqualTo(new[] { second, first }));
            Assert.That(orders.Select(order => order.OrderId()), Does.Not.Contain(theirs));
            Assert.That(orders.Select(order => order.GetProperty("customerId").GetInt32()), Is.All.EqualTo(me.Id));
        });
    }

    [Test]
    public async Task Each_listed_order_carries_its_id_status_and_items()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5, price: 4m);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 2);

        var listed = (await customer.OrdersAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(listed.OrderId(), Is.EqualTo(orderId));
            Assert.That(listed.GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
            Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
            Assert.That(listed.GetProperty("items")[0].GetProperty("productId").GetInt32(), Is.EqualTo(product));
            Assert.That(listed.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(2));
            Assert.That(listed.GetProperty("total").GetDecimal(), Is.EqualTo(8m));
        });
    }

    [Test]
    public async Task An_admin_sees_everyones_orders_newest_first()
    {
        var one = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 50);
        var placed = new[]
        {
            await one.OrderAsync(product, 1),
            await other.OrderAsync(product, 1),
            await one.OrderAsync(product, 1),
        };

        var listed = (await Admin.OrdersAsync()).Select(order => order.OrderId()).ToList();

        var mine = listed.Where(placed.Contains).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mine, Is.EqualTo(placed.Reverse()), "all three, newest first");
            Assert.That(listed, Is.Unique);
            Assert.That(listed, Is.Ordered.Descending, "the whole list is newest first");
        });
    }
}
