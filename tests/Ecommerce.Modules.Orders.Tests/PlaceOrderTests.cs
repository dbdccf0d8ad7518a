using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>POST /order: the Pending answer at catalog prices, the cart emptied, the reservation, and the refusals.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class PlaceOrderTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Placing_answers_a_pending_order_at_catalog_prices_with_its_total()
    {
        var customer = await App.NewCustomerAsync();
        var lamp = await Admin.NewProductAsync(stock: 10, price: 12.5m);
        var bulb = await Admin.NewProductAsync(stock: 10, price: 3.25m);
        await customer.AddToCartAsync(lamp, 2);
        await customer.AddToCartAsync(bulb, 3);

        var order = await customer.PlaceOrderAsync();

        var items = order.GetProperty("items").EnumerateArray()
            .Select(item => (item.GetProperty("productId").GetInt32(), item.GetProperty("quantity").GetInt32(), item.GetProperty("unitPrice").GetDecimal()));
        Assert.Multiple(() =>
        {
            Assert.That(order.PropertyNames(), Is.EqualTo(new[] { "customerId", "items", "orderId", "status", "total" }));
            Assert.That(order.OrderId(), Is.Positive);
            Assert.That(order.GetProperty("customerId").GetInt32(), Is.EqualTo(customer.Id));
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Pending"));
            Assert.That(order.GetProperty("items")[0].PropertyNames(), Is.EqualTo(new[] { "productId", "quantity", "unitPrice" }));
            Assert.That(items, Is.EquivalentTo(new[] { (lamp, 2, 12.5m), (bulb, 3, 3.25m) }));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(34.75m));
        });
    }

    [Test]
    public async Task A_placed_order_empties_the_cart_is_confirmed_and_takes_its_stock()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(product, 4);

        var orderId = (await customer.PlaceOrderAsync()).OrderId();

        await customer.WaitForEmptyCartAsync();
        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Confirmed"));
        // The catalog takes the stock in the transaction that publishes StockReserved, so it is gone by now.
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(6));
    }

    [Test]
    public async Task Lines_added_to_the_cart_after_placing_stay_in_it()
    {
        var customer = await App.NewCustomerAsync();
        var ordered = await Admin.NewProductAsync(stock: 10);
        var later = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(ordered, 2);

        await customer.PlaceOrderAsync();
        await customer.AddToCartAsync(later, 1);

        var lines = await Eventually.Until(
            async () => (await customer.CartAsync()).Lines(), cart => !cart.ContainsKey(ordered), "the ordered line to leave the cart");
        Assert.That(lines, Is.EqualTo(new Dictionary<int, int> { [later] = 1 }));
    }

    [Test]
    public async Task An_empty_cart_cannot_be_ordered()
    {
        var customer = await App.NewCustomerAsync();

        await (await customer.PostOrderAsync()).ExpectProblemAsync(HttpStatusCode.BadRequest, "Cart is empty");

        Assert.That(await customer.OrdersAsync(), Is.Empty);
    }

    [Test]
    public async Task A_line_whose_product_was_deleted_is_refused_and_the_cart_keeps_its_lines()
    {
        var customer = await App.NewCustomerAsync();
        var kept = await Admin.NewProductAsync(stock: 10);
        var deleted = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(kept, 1);
        await customer.AddToCartAsync(deleted, 2);
        await (await Admin.Client.DeleteAsync($"/product/{deleted}")).ExpectAsync(HttpStatusCode.OK);

        await (await customer.PostOrderAsync()).ExpectProblemAsync(HttpStatusCode.Conflict, $"Product {deleted} is no longer available");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [kept] = 1, [deleted] = 2 }));
            Assert.That(await customer.OrdersAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Prices_are_those_of_the_moment_the_order_was_placed()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10, price: 10m);
        var orderId = await customer.OrderAsync(product, 2);

        var repriced = await Admin.Client.PatchAsJsonAsync($"/product/{product}", new { price = 99.99m });
        await repriced.ExpectAsync(HttpStatusCode.OK);

        var order = await customer.OrderAsync(orderId);
        var listed = (await customer.OrdersAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal(), Is.EqualTo(10m));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(20m));
            Assert.That(listed.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal(), Is.EqualTo(10m));
        });
    }
}
